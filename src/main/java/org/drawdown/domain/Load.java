package org.drawdown.domain;

import java.util.Comparator;

/** What a flight carries: a cargo item or a personnel group. */
public interface Load {

    /**
     * People and mandatory cargo before optional cargo: where room is short, what must fly takes it first, and
     * optional cargo has what is left.
     */
    Comparator<Load> MUST_FLY_FIRST = Comparator.comparing(load -> !load.isMandatory());

    String getId();

    Lane getLane();

    Flight getFlight();

    void setFlight(Flight flight);

    int getReadyMinute();

    int getWeightKg();

    /** Pallet positions of cargo; personnel take seats, counted apart. */
    int getPalletPositions();

    /** People of a personnel group; cargo has none. */
    int getPassengers();

    /** Whether the load must move: optional cargo may be left behind, everything else may not. */
    boolean isMandatory();

    /** Not moved by the solver: history, or held still while a replan repairs elsewhere. */
    boolean isPinned();

    /** Flew on a history flight when replanning. */
    boolean isHistory();

    void setHistory(boolean history);

    boolean isFrozen();

    void setFrozen(boolean frozen);

    /** The assignment this load had in the plan being replanned, or null when it is new or was not moved. */
    PriorAssignment getPriorAssignment();

    void setPriorAssignment(PriorAssignment priorAssignment);

    /** Whether rule 11 keeps it off types without outsize capability. */
    boolean isOutsize();
}
