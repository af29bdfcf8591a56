package org.drawdown.domain;

/** One flight flying under a clearance on a UTC day (days since the epoch), counted against its daily cap. */
public record ClearanceUse(Clearance clearance, int utcDay, Flight flight) {
}
