package org.drawdown.domain;

import java.util.Comparator;
import java.util.List;

/** The clearances of one country, sorted by start; the scenario guarantees they do not overlap. */
public final class CountryClearances {

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
