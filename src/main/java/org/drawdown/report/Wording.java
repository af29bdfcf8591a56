package org.drawdown.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.drawdown.domain.Flight;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.io.PlanJson.FlightJson;

/** How every report names times, days, amounts and flights, so the terminal and the page read alike. */
public final class Wording {

    private Wording() {
    }

    public static String time(PlanningWindow window, int minute) {
        return PlanSummary.time(window.instantOf(minute));
    }

    /** A UTC day given as days since the epoch, as the model counts them. */
    static String day(int utcDay) {
        return LocalDate.ofEpochDay(utcDay).toString();
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** "1 match", "2 matches": the count with the noun that fits it. */
    public static String count(long value, String one, String many) {
        return count(value) + " " + (value == 1 ? one : many);
    }

    public static String usd(long value) {
        return String.format(Locale.ROOT, "$%,d", value);
    }

    static String tonnes(long kg) {
        return String.format(Locale.ROOT, "%,.1f t", kg / 1000.0);
    }

    /** The flight's file id, aircraft, lane and departure: enough to find it on the timeline. */
    static String flight(Flight flight) {
        return flight(flight.getId(), flight.getAircraft().getId(), flight.getOrigin().getCode(),
                flight.getDestination().getCode(), flight.getWindow().instantOf(flight.getDepartureMinute()));
    }

    /** As {@link #flight(Flight)}, for a flight as its plan file states it. */
    static String flight(FlightJson flight) {
        return flight(flight.id(), flight.aircraft(), flight.origin(), flight.destination(), flight.departure());
    }

    private static String flight(String id, String aircraft, String origin, String destination, Instant departure) {
        return id + " (" + aircraft + " " + origin + "-" + destination + " " + PlanSummary.time(departure) + ")";
    }

    /** The first {@code most} names, then how many more, for lines that must stay readable. */
    public static String names(List<String> names, int most) {
        if (names.size() <= most) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, most)) + " and " + (names.size() - most) + " more";
    }
}
