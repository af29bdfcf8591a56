package org.drawdown.score.justifications;

import java.util.List;

import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.PersonnelGroup;

/**
 * Rule 13: a security group that leaves its airfield before the last flight carrying sensitive cargo from there.
 *
 * @param flight the security group's flight
 * @param lastSensitiveDepartureMinute when the last flight with sensitive cargo leaves that airfield
 */
public record ForceProtectionJustification(PersonnelGroup security, Flight flight, int lastSensitiveDepartureMinute)
        implements FlightJustification {

    @Override
    public List<Load> loads() {
        return List.of(security);
    }
}
