package org.drawdown.domain;

/** A parking spot held by a flight at an airfield during {@code [fromMinute, toMinute)}. */
public record ParkingUse(Airfield airfield, int fromMinute, int toMinute, Flight flight) {

    public boolean covers(int minute) {
        return fromMinute <= minute && minute < toMinute;
    }
}
