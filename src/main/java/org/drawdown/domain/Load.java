package org.drawdown.domain;

/** What a flight carries: a cargo item or a personnel group. */
public interface Load {

    String getId();

    Lane getLane();

    Flight getFlight();

    int getReadyMinute();

    int getWeightKg();

    /** Pallet positions of cargo; personnel take seats, counted apart. */
    int getPalletPositions();

    /** People of a personnel group; cargo has none. */
    int getPassengers();

    /** Whether the load must move: optional cargo may be left behind, everything else may not. */
    boolean isMandatory();

    /** Loads of history flights when replanning; they stay where they are. */
    boolean isPinned();

    /** The assignment this load had in the plan being replanned, or null when it is new or was not moved. */
    PriorAssignment getPriorAssignment();

    /** Whether rule 11 keeps it off types without outsize capability. */
    boolean isOutsize();
}
