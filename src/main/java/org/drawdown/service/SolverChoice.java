package org.drawdown.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import ai.timefold.solver.core.config.solver.SolverConfig;

import org.drawdown.solver.SolverSettings;

/** The solver configurations a job may ask for by name, as the command line offers them. */
public enum SolverChoice {
    /** The bundled configuration: construction, then local search. */
    DEFAULT,
    /** The greedy baseline alone, as {@code drawdown solve --greedy}. */
    GREEDY;

    public SolverConfig config() {
        return this == GREEDY ? SolverSettings.greedy() : SolverConfig.createFromXmlResource(SolverSettings.DEFAULT_CONFIG);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice of that name, or an IllegalArgumentException listing the names. */
    public static SolverChoice named(String name) {
        return Arrays.stream(values()).filter(choice -> choice.label().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown solver configuration \"" + name
                        + "\"; choose " + Arrays.stream(values()).map(SolverChoice::label)
                                .collect(Collectors.joining(" or "))));
    }
}
