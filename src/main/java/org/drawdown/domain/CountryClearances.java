package org.drawdown.domain;

import java.util.Comparator;
import java.util.List;

/** The clearances of one country, sorted by start; the scenario guarantees they do not overlap. */
public final class CountryClearances {

    /** Stands for "no clearance of this country ever lists the type": about ten weeks, more than any move fixes. */
    public static final long NEVER_CLEARED = 100_000;

    private final String country;
    private final Clearance[] byStart;

    public CountryClearances(String country, List<Clearance> clearances) {
        this.country = country;
        this.byStart = clearances.stream()
                .sorted(Comparator.comparingInt(Clearance::getValidFromMinute))
                .toArray(Clearance[]::new);
    }

    public String getCountry() {
        return country;
    }

    /**
     * Minutes from the given minute to the nearest one at which a clearance listing the type is valid: 0 when one
     * is valid then, {@link #NEVER_CLEARED} when none of this country lists the type at all.
     */
    public long minutesToValid(int minute, AircraftType type) {
        long nearest = NEVER_CLEARED;
        for (Clearance clearance : byStart) {
            if (clearance.lists(type)) {
                long distance = minute < clearance.getValidFromMinute()
                        ? clearance.getValidFromMinute() - minute
                        : Math.max(0, (long) minute - clearance.getValidToMinute() + 1);
                nearest = Math.min(nearest, distance);
            }
        }
        return nearest;
    }

    /**
     * The first minute after the given one at which a clearance listing the type starts to be valid, or
     * {@link Integer#MAX_VALUE} when none does: the earliest a flight not cleared now could be.
     */
    public int nextValidFrom(int minute, AircraftType type) {
        for (Clearance clearance : byStart) {
            if (clearance.getValidFromMinute() > minute && clearance.lists(type)) {
                return clearance.getValidFromMinute();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The clearance valid at the minute, or null. */
    public Clearance validAt(int minute) {
        for (Clearance clearance : byStart) {
            if (clearance.getValidFromMinute() > minute) {
                return null;
            }
            if (clearance.isValidAt(minute)) {
                return clearance;
            }
        }
        return null;
    }
}
