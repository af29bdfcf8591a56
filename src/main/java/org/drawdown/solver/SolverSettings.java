package org.drawdown.solver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationCompositionStyle;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.drawdown.io.InputException;

/**
 * The one place where solver configurations are made: the bundled default, a user's XML file, the greedy baseline,
 * and the overrides the command line sets (termination, seed, environment mode).
 */
public final class SolverSettings {

    /** The bundled configuration, on the class path. */
    public static final String DEFAULT_CONFIG = "org/drawdown/solver/solverConfig.xml";
    /** Used when neither the command line nor the configuration says when to stop. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    private SolverSettings() {
    }

    /** The bundled configuration, or the user's file when one is given. */
    public static SolverConfig load(Path userConfig) throws InputException {
        if (userConfig == null) {
            return SolverConfig.createFromXmlResource(DEFAULT_CONFIG);
        }
        if (!Files.isRegularFile(userConfig)) {
            throw new InputException(userConfig, "", "no such file");
        }
        try {
            return SolverConfig.createFromXmlFile(userConfig.toFile());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new InputException(userConfig, "", "not a Timefold solver configuration: "
                    + reason.lines().findFirst().orElse(reason));
        }
    }

    /**
     * Gives every local search phase of the configuration that lists no moves Drawdown's default moves, from the
     * bundled configuration, so that configurations compared in a benchmark can differ in their acceptor alone.
     */
    public static void fillInDefaultMoves(SolverConfig config) {
        if (config == null || config.getPhaseConfigList() == null) {
            return;
        }
        MoveSelectorConfig<?> defaultMoves = SolverConfig.createFromXmlResource(DEFAULT_CONFIG).getPhaseConfigList()
                .stream()
                .filter(LocalSearchPhaseConfig.class::isInstance)
                .map(phase -> ((LocalSearchPhaseConfig) phase).getMoveSelectorConfig())
                .findFirst()
                .orElseThrow();
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch && localSearch.getMoveSelectorConfig() == null) {
                localSearch.setMoveSelectorConfig(defaultMoves.copyConfig());
            }
        }
    }

    /** The greedy baseline: the construction heuristic alone, no local search. */
    public static SolverConfig greedy() {
        return constructionOnly(SolverConfig.createFromXmlResource(DEFAULT_CONFIG), EarliestFitConstruction.class);
    }

    /**
     * For Timefold's recommendAssignment, which places one load as a construction heuristic of its class would (a
     * plan has several entity classes, so the class must be named).
     */
    public static SolverConfig recommendation(Class<?> loadClass) {
        String placed = "placedLoad";
        QueuedEntityPlacerConfig placer = new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withId(placed).withEntityClass(loadClass))
                .withMoveSelectorConfigList(List.of(new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(placed))
                        .withValueSelectorConfig(new ValueSelectorConfig("flight"))));
        return new SolverConfig(SolverConfig.createFromXmlResource(DEFAULT_CONFIG))
                .withPhases(new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(placer));
    }

    /**
     * A replan's start: the plan in force kept where it is still legal, then the construction for the rest, both
     * run to the end whatever the limits (only a stop request cuts them short), so that the start, and the
     * feasibility it brings, does not depend on how fast the machine is.
     */
    static SolverConfig replanConstruction(SolverConfig base) {
        return constructionOnly(base, PlanInForceRepair.class, EarliestFitConstruction.class);
    }

    @SafeVarargs
    private static SolverConfig constructionOnly(SolverConfig base,
            Class<? extends PhaseCommand>... commands) {
        return new SolverConfig(base).withTerminationConfig(new TerminationConfig())
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(commands)));
    }

    /**
     * The configuration's local search phases alone, for a search from a plan already constructed (a replan, and
     * the JMH benchmark of local search steps).
     */
    public static SolverConfig searchOnly(SolverConfig config) {
        List<PhaseConfig> search = config.getPhaseConfigList() == null ? List.of()
                : config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                        .map(PhaseConfig.class::cast).toList();
        return new SolverConfig(config).withPhaseList(search);
    }

    /** How a run should stop and which random stream it uses; null fields keep what the configuration says. */
    public record RunLimits(Duration timeLimit, Duration unimprovedLimit, Long moveLimit, Long seed,
            EnvironmentMode environmentMode) {

        /** A plan at least this good is feasible: nothing broken, nothing mandatory left behind. */
        private static final String FEASIBLE = "0hard/0medium/-999999999999999999soft";
        /** Steps without a better plan after which a feasible search counts as settled. */
        private static final int SETTLING_STEPS = 350;

        /**
         * As {@link #applyTo}, but each local search stops sooner once its best plan is feasible and has not
         * improved for a while: for a repair, which has done its job then. Step counts keep seeded runs
         * reproducible. A phase termination, since Timefold counts unimproved steps per phase only.
         */
        public SolverConfig applyUntilSettled(SolverConfig config) {
            SolverConfig result = applyTo(config);
            TerminationConfig settled = new TerminationConfig()
                    .withTerminationCompositionStyle(TerminationCompositionStyle.AND)
                    .withBestScoreLimit(FEASIBLE)
                    .withUnimprovedStepCountLimit(SETTLING_STEPS);
            List<PhaseConfig> phases = new ArrayList<>();
            for (PhaseConfig<?> phase : result.getPhaseConfigList()) {
                phases.add(phase instanceof LocalSearchPhaseConfig localSearch
                        ? localSearch.copyConfig().withTerminationConfig(settled) : phase);
            }
            return result.withPhaseList(phases);
        }

        /**
         * As {@link #applyTo}, but the limits bound each local search alone and the construction runs to its end
         * (only a stop request cuts it short): for the service, whose every job must end with a constructed plan
         * however busy the machine that solved it.
         */
        public SolverConfig applyToSearch(SolverConfig config) {
            SolverConfig result = applyTo(config);
            TerminationConfig limits = result.getTerminationConfig();
            List<PhaseConfig> phases = new ArrayList<>();
            for (PhaseConfig<?> phase : result.getPhaseConfigList()) {
                phases.add(phase instanceof LocalSearchPhaseConfig localSearch
                        ? localSearch.copyConfig().withTerminationConfig(limits) : phase);
            }
            return result.withTerminationConfig(new TerminationConfig()).withPhaseList(phases);
        }

        public SolverConfig applyTo(SolverConfig config) {
            SolverConfig result = new SolverConfig(config);
            if (timeLimit != null || unimprovedLimit != null || moveLimit != null) {
                TerminationConfig termination = new TerminationConfig();
                if (timeLimit != null) {
                    termination.setSpentLimit(timeLimit);
                }
                if (unimprovedLimit != null) {
                    termination.setUnimprovedSpentLimit(unimprovedLimit);
                }
                if (moveLimit != null) {
                    termination.setMoveCountLimit(moveLimit);
                }
                result.setTerminationConfig(termination);
            } else if (result.getTerminationConfig() == null || !result.getTerminationConfig().isConfigured()) {
                result.setTerminationConfig(new TerminationConfig().withSpentLimit(DEFAULT_TIME_LIMIT));
            }
            return applyRandomnessTo(result);
        }

        /** The seed and the environment mode alone, for phases that run to their end whatever the limits. */
        public SolverConfig applyRandomnessTo(SolverConfig config) {
            SolverConfig result = new SolverConfig(config);
            if (seed != null) {
                result.setRandomSeed(seed);
            }
            if (environmentMode != null) {
                result.setEnvironmentMode(environmentMode);
            }
            return result;
        }
    }
}
