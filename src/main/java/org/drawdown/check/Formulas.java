package org.drawdown.check;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;

import org.drawdown.io.ScenarioJson.AircraftTypeJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;

/**
 * The contract's arithmetic, written out again for the checker so that it never shares a mistake with the solver.
 * Integer division rounds down, as the contract says, also for negative numbers.
 */
final class Formulas {

    /** Taxi, climb and approach, added to every leg that goes somewhere. */
    private static final int LEG_OVERHEAD_MINUTES = 30;
    private static final int MINUTES_PER_DAY = 1440;

    private Formulas() {
    }

    /** {@code ceil(distanceNm * 60 / cruiseKnots) + 30}, and 0 for a leg from an airfield to itself. */
    static int flightMinutes(int distanceNm, AircraftTypeJson type) {
        if (distanceNm == 0) {
            return 0;
        }
        return (int) -Math.floorDiv(-60L * distanceNm, type.cruiseKnots()) + LEG_OVERHEAD_MINUTES;
    }

    /** Out and back: {@code 2 * flightMinutes * costPerFlightHourUsd / 60}. */
    static long flyingCostUsd(int flightMinutes, AircraftTypeJson type) {
        return Math.floorDiv(2L * flightMinutes * type.costPerFlightHourUsd(), 60L);
    }

    /** {@code count * minutes(departure - readyAt) * personDayCostUsd / 1440}; negative when it left before ready. */
    static long waitingCostUsd(PersonnelJson group, Instant departure, long personDayCostUsd) {
        return Math.floorDiv(group.count() * minutesBetween(group.readyAt(), departure) * personDayCostUsd,
                MINUTES_PER_DAY);
    }

    /**
     * Rule 2's {@code seatPositions = ceil(max(0, pax - sidewallSeats) / paxPerPalletPosition)}; empty when the type
     * has no seat pallets and the passengers do not all fit the sidewall seats, which the contract makes a breach.
     */
    static OptionalInt seatPositions(int passengers, AircraftTypeJson type) {
        int beyondSidewall = Math.max(0, passengers - type.sidewallSeats());
        if (beyondSidewall == 0) {
            return OptionalInt.of(0);
        }
        if (type.paxPerPalletPosition() == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(-Math.floorDiv(-beyondSidewall, type.paxPerPalletPosition()));
    }

    static long minutesBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }

    /** The UTC day an instant falls in: from 00:00Z to the next 00:00Z. */
    static LocalDate utcDay(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
