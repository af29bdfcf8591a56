package org.drawdown.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How long work shows its progress: on a terminal one live bar; in a log (output not a terminal) a status line
 * every few seconds and whenever something worth a line happens (a run becoming feasible); with --verbose a line
 * for every event; with --quiet nothing.
 */
final class ProgressDisplay {

    enum Style { QUIET, VERBOSE, LINES, BAR }

    /** How often a log gets a status line when nothing else happened. */
    private static final long LINE_INTERVAL_MILLIS = 5_000;
    private static final long TICK_MILLIS = 250;

    private final Style style;
    private final PrintWriter console;
    private final long lineIntervalMillis;

    ProgressDisplay(Style style, PrintWriter console, long lineIntervalMillis) {
        this.style = style;
        this.console = console;
        this.lineIntervalMillis = lineIntervalMillis;
    }

    /** The style the options and the console ask for: a bar only where standard output is a terminal. */
    static ProgressDisplay of(boolean quiet, boolean verbose, PrintWriter console) {
        Style style = quiet ? Style.QUIET : verbose ? Style.VERBOSE
                : console instanceof DrawdownCommand.Terminal ? Style.BAR : Style.LINES;
        return new ProgressDisplay(style, console, LINE_INTERVAL_MILLIS);
    }

    boolean quiet() {
        return style == Style.QUIET;
    }

    /**
     * Starts watching one piece of work until {@link Watch#close()}.
     *
     * @param max what {@code done} reaches at the end, in {@code unit}s; 0 or less when unknown
     * @param done how far the work is, read from a timer thread
     * @param status where the work stands, read from a timer thread; lines give it after the time elapsed
     */
    Watch watch(String task, long max, String unit, LongSupplier done, Supplier<String> status) {
        return new Watch(task, max, unit, done, status);
    }

    /** One piece of work being watched. Thread-safe: events come from the worker, ticks from a timer. */
    final class Watch implements AutoCloseable {

        private final LongSupplier done;
        private final Supplier<String> status;
        private final ProgressBar bar;
        private final ScheduledExecutorService timer;
        private final long startMillis = System.currentTimeMillis();
        private long lastLineMillis = startMillis;
        private boolean closed;

        private Watch(String task, long max, String unit, LongSupplier done, Supplier<String> status) {
            this.done = done;
            this.status = status;
            console.flush();
            bar = style != Style.BAR ? null : new ProgressBarBuilder().setTaskName(task)
                    .setInitialMax(max > 0 ? max : -1).setUnit(unit, 1).setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setUpdateIntervalMillis((int) TICK_MILLIS).hideEta()
                    .setConsumer(new ConsoleProgressBarConsumer(System.out)).build();
            if (style == Style.BAR || style == Style.LINES) {
                timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "drawdown-progress");
                    thread.setDaemon(true);
                    return thread;
                });
                timer.scheduleAtFixedRate(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                timer = null;
            }
        }

        /** Something happened: a status line with --verbose, and in a log too when it {@code matters}. */
        synchronized void event(boolean matters) {
            if (style == Style.VERBOSE || style == Style.LINES && matters) {
                print();
            }
        }

        private synchronized void tick() {
            if (closed) {
                return;
            }
            if (bar != null) {
                bar.stepTo(done.getAsLong());
                bar.setExtraMessage(status.get());
            } else if (System.currentTimeMillis() - lastLineMillis >= lineIntervalMillis) {
                print();
            }
        }

        private void print() {
            long now = System.currentTimeMillis();
            console.printf(Locale.ROOT, "  %7.1f s  %s%n", (now - startMillis) / 1000.0, status.get());
            console.flush();
            lastLineMillis = now;
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (timer != null) {
                timer.shutdownNow();
            }
            if (bar != null) {
                bar.stepTo(done.getAsLong());
                bar.setExtraMessage(status.get());
                bar.close();
            }
        }
    }
}
