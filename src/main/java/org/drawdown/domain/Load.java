package org.drawdown.domain;

/** What a flight carries: a cargo item or a personnel group. */
public interface Load {

    String getId();

    Lane getLane();

    Flight getFlight();

    int getReadyMinute();

    int getWeightKg();

    /** The assignment this load had in the plan being replanned, or null when it is new or was not moved. */
    PriorAssignment getPriorAssignment();

    /** Whether the load must move: optional cargo may be left behind, everything else may not. */
    boolean isMandatory();
}
