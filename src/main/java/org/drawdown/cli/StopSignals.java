package org.drawdown.cli;

import java.util.ArrayList;
import java.util.List;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a request to stop searching, so the command still writes the best plan
 * and exits with its usual code instead of dying half-way.
 */
final class StopSignals {

    private StopSignals() {
    }

    /** Installs the handlers; the returned action puts the previous ones back. */
    static Runnable install(Runnable stop) {
        List<Runnable> restore = new ArrayList<>();
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal signal = new Signal(name);
                SignalHandler previous = Signal.handle(signal, received -> stop.run());
                restore.add(() -> Signal.handle(signal, previous));
            } catch (IllegalArgumentException e) {
                // The platform lacks this signal (or the JVM reserves it); the other still works.
            }
        }
        return () -> restore.forEach(Runnable::run);
    }
}
