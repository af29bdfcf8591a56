package org.drawdown.score.justifications;

import org.drawdown.domain.Flight;

/** Rule 5: a flight that departs before its last load is ready. */
public record ReadinessJustification(Flight flight, long minutesBeforeReady) implements FlightJustification {
}
