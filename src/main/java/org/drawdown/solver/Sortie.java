package org.drawdown.solver;

import org.drawdown.domain.AircraftType;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.LoadTotals;
import org.drawdown.domain.PersonnelGroup;

/**
 * A flight as loads are put aboard one by one, and whether one more still fits, so that whoever fills flights asks
 * the same question. The type is the one the flight will fly, which may not be its aircraft's yet.
 */
final class Sortie {

    private final Flight flight;
    private final AircraftType type;
    private LoadTotals totals = LoadTotals.NONE;
    private boolean carriesPersonnel;
    private boolean carriesPassengerIncompatible;
    private boolean empty = true;

    /** The flight as it is scheduled now. */
    Sortie(Flight flight) {
        this(flight, flight.getType());
    }

    Sortie(Flight flight, AircraftType type) {
        this.flight = flight;
        this.type = type;
    }

    /** The flight, flying the type, with loads aboard that add up to the totals and carry people or such cargo. */
    Sortie(Flight flight, AircraftType type, LoadTotals totals, boolean carriesPersonnel,
            boolean carriesPassengerIncompatible) {
        this(flight, type);
        this.totals = totals;
        this.carriesPersonnel = carriesPersonnel;
        this.carriesPassengerIncompatible = carriesPassengerIncompatible;
        this.empty = totals.equals(LoadTotals.NONE);
    }

    /** Whether the loads aboard fit the type together: rules 1-3, 9, 11 and 12. */
    boolean holdsItsLoads() {
        return totals.fit(type) && !(carriesPersonnel && carriesPassengerIncompatible);
    }

    /** Whether the load fits aboard at the flight's departure: rule 5 and {@link #hasRoomFor}. */
    boolean takes(Load load) {
        return flight.getDepartureMinute() >= load.getReadyMinute() && hasRoomFor(load);
    }

    /** Whether the load fits aboard whenever the flight leaves: rules 1-3, 9, 11 and 12. */
    boolean hasRoomFor(Load load) {
        if (load instanceof PersonnelGroup ? carriesPassengerIncompatible : carriesPersonnel && barsPeople(load)) {
            return false;
        }
        return totals.plus(load).fit(type);
    }

    /** Whether another sortie's loads all fit aboard beside these at this flight's departure, as {@link #takes}. */
    boolean takesAllOf(Sortie other) {
        boolean mixesPeople = carriesPersonnel && other.carriesPassengerIncompatible
                || carriesPassengerIncompatible && other.carriesPersonnel;
        return !mixesPeople && flight.getDepartureMinute() >= other.totals.latestReadyMinute()
                && totals.plus(other.totals).fit(type);
    }

    /** Whether the load is cargo that never shares a flight with personnel (rule 12). */
    static boolean barsPeople(Load load) {
        return load instanceof CargoItem item && !item.isPassengerCompatible();
    }

    void add(Load load) {
        empty = false;
        totals = totals.plus(load);
        carriesPersonnel |= load instanceof PersonnelGroup;
        carriesPassengerIncompatible |= barsPeople(load);
    }

    /** Not flown, unless a load is added. */
    boolean isEmpty() {
        return empty;
    }

    Flight flight() {
        return flight;
    }

    AircraftType type() {
        return type;
    }

    LoadTotals totals() {
        return totals;
    }
}
