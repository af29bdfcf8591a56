package org.drawdown.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.ClearanceUse;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Lane;
import org.drawdown.domain.Load;
import org.drawdown.domain.PersonnelGroup;

/**
 * The construction heuristic, and the greedy baseline a planner with a spreadsheet would build: take the loads
 * that must fly before optional cargo, each largest first; put each on the earliest open flight of its lane where
 * the plan still obeys every rule; if none has room, open a new flight at the earliest slot some aircraft can fly it
 * within the rules, trying the aircraft with the lowest cost per unit of capacity first. Optional cargo opens a flight only when it is worth more than
 * the flight costs.
 * <p>
 * The score director judges every placement, so "obeys every rule" means exactly the constraints. Cheap checks on
 * the flight alone and a count of departures per airfield and day only skip candidates that would fail anyway.
 * Flights left in the pools get an aircraft and a slot spread over their lane's window, so that local search can
 * open them.
 */
public class EarliestFitConstruction implements PhaseCommand<DrawdownPlan> {

    /** What must fly first, so that optional cargo never takes the last departure a mandatory load needed. */
    private static final Comparator<Load> PLACEMENT_ORDER = Load.MUST_FLY_FIRST
            .thenComparing(Comparator.comparingLong(EarliestFitConstruction::size).reversed())
            .thenComparing(Load::getReadyMinute)
            .thenComparing(Load::getId);

    private WorkingPlan working;
    private DrawdownPlan plan;
    /** Flown flights of each lane by departure: the candidates a load tries first. */
    private final Map<Lane, TreeSet<Flight>> openFlights = new HashMap<>();
    /** Flown departures per origin airfield index and UTC day, to skip full days without scoring. */
    private final Map<Long, Integer> departuresPerDay = new HashMap<>();
    /** Flights per clearance use key, likewise. */
    private final Map<ClearanceKey, Integer> clearanceUsesPerDay = new HashMap<>();

    private record ClearanceKey(String clearanceId, int utcDay) {
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<DrawdownPlan> director, BooleanSupplier isPhaseTerminated) {
        working = new WorkingPlan(director);
        plan = working.plan();
        for (Flight flight : plan.manifests().keySet()) {
            if (flight.getAircraft() != null && flight.getDepartureSlot() != null) {
                recordOpened(flight);
            }
        }
        List<Load> loads = new ArrayList<>();
        plan.getCargo().stream().filter(c -> !c.isPinned() && c.getFlight() == null).forEach(loads::add);
        plan.getPersonnel().stream().filter(p -> !p.isPinned() && p.getFlight() == null).forEach(loads::add);
        loads.sort(PLACEMENT_ORDER);
        for (Load load : loads) {
            if (isPhaseTerminated.getAsBoolean()) {
                break;
            }
            if (!placeOnOpenFlight(load)) {
                openFlightFor(load);
            }
        }
        seedSpareFlights();
    }

    /** Pallet positions dominate, then weight: what fills an aircraft first. */
    private static long size(Load load) {
        int positions = load instanceof CargoItem item ? item.getPalletPositions() : 0;
        return (long) positions * 1_000_000 + load.getWeightKg();
    }

    // ************************************************************************
    // Placement
    // ************************************************************************

    private boolean placeOnOpenFlight(Load load) {
        TreeSet<Flight> candidates = openFlights.get(load.getLane());
        if (candidates == null) {
            return false;
        }
        long hardBefore = hardScore();
        for (Flight flight : candidates) {
            if (flight.getDepartureMinute() < load.getReadyMinute() || !canCarryAlone(flight.getType(), load)) {
                continue;
            }
            working.assign(load, flight);
            if (hardScore() >= hardBefore) {
                return true;
            }
            working.assign(load, null);
        }
        return false;
    }

    private void openFlightFor(Load load) {
        Lane lane = load.getLane();
        Flight flight = lane.getFlights().stream()
                .filter(f -> f.getAircraft() == null)
                .findFirst()
                .orElse(null);
        if (flight == null) {
            return;
        }
        List<Aircraft> aircraft = lane.getCandidateAircraft().stream()
                .filter(a -> canCarryAlone(a.getType(), load))
                .filter(a -> !(load instanceof CargoItem item) || item.isMandatory()
                        || lane.costUsd(a.getType()) < item.getValueUsd())
                .sorted(Comparator.comparingDouble((Aircraft a) -> costPerCapacity(lane, a.getType(), load))
                        .thenComparing(Aircraft::getIndex))
                .toList();
        if (aircraft.isEmpty()) {
            return;
        }
        long hardBefore = hardScore();
        int firstSlot = Math.max(lane.getSlotRange().get(0),
                plan.getWindow().firstSlotAtOrAfter(load.getReadyMinute()));
        long lastSlot = lane.getSlotRange().get(lane.getSlotRange().getSize() - 1);
        for (int slot = firstSlot; slot <= lastSlot; slot++) {
            if (originFullOn(lane, slot)) {
                continue;
            }
            for (Aircraft candidate : aircraft) {
                if (!legalAlone(flight, candidate, slot)) {
                    continue;
                }
                working.schedule(flight, candidate, slot);
                working.assign(load, flight);
                if (hardScore() >= hardBefore) {
                    recordOpened(flight);
                    return;
                }
                working.assign(load, null);
                working.schedule(flight, null, null);
            }
        }
    }

    /**
     * Probes the rules a flight breaks on its own at this aircraft and slot, on the still unflown flight and
     * without telling the score director: no constraint sees an unflown, unassigned flight, and it is restored.
     */
    private boolean legalAlone(Flight flight, Aircraft aircraft, int slot) {
        flight.setAircraft(aircraft);
        flight.setDepartureSlot(slot);
        try {
            if (flight.getMinutesWithoutClearance() > 0 || flight.getMinutesAfterDeadline() > 0
                    || flight.getMinutesAfterClosure() > 0 || flight.getRangeOverNm() > 0
                    || flight.getArrivalMinute() > aircraft.getAvailableToMinute()) {
                return false;
            }
            for (ClearanceUse use : flight.getClearanceUses()) {
                ClearanceKey key = new ClearanceKey(use.clearance().getId(), use.utcDay());
                if (clearanceUsesPerDay.getOrDefault(key, 0) >= use.clearance().getMaxFlightsPerDay()) {
                    return false;
                }
            }
            return true;
        } finally {
            flight.setAircraft(null);
            flight.setDepartureSlot(null);
        }
    }

    private boolean originFullOn(Lane lane, int slot) {
        int day = plan.getWindow().utcDay(plan.getWindow().minuteOfSlot(slot));
        return departuresPerDay.getOrDefault(dayKey(lane.getOrigin().getIndex(), day), 0)
                >= lane.getOrigin().getMaxDeparturesPerDay();
    }

    private void recordOpened(Flight flight) {
        if (!flight.isHistory()) {
            openFlights.computeIfAbsent(flight.getLane(),
                    lane -> new TreeSet<>(Comparator.comparingLong(Flight::getSequenceKey))).add(flight);
        }
        departuresPerDay.merge(dayKey(flight.getOrigin().getIndex(), flight.getDepartureDay()), 1, Integer::sum);
        for (ClearanceUse use : flight.getClearanceUses()) {
            clearanceUsesPerDay.merge(new ClearanceKey(use.clearance().getId(), use.utcDay()), 1, Integer::sum);
        }
    }

    private static long dayKey(int airfieldIndex, int day) {
        return ((long) airfieldIndex << 32) | (day & 0xffffffffL);
    }

    /** Whether the type could take this load on an otherwise empty flight (rules 1-3, 9, 11). */
    static boolean canCarryAlone(AircraftType type, Load load) {
        if (load instanceof CargoItem item) {
            return type.isMilitary() && (!item.isOutsize() || type.isOutsize())
                    && item.getWeightKg() <= type.getMaxPayloadKg()
                    && item.getPalletPositions() <= type.getPalletPositions();
        }
        PersonnelGroup group = (PersonnelGroup) load;
        return group.getCount() <= type.getSeats() && group.getWeightKg() <= type.getMaxPayloadKg()
                && type.seatPalletPositions(group.getCount()) <= type.getPalletPositions();
    }

    /** Only for types {@link #canCarryAlone} kept, so the capacity holds at least this load and is never 0. */
    private static double costPerCapacity(Lane lane, AircraftType type, Load load) {
        int capacity = load instanceof CargoItem ? type.getPalletPositions() : type.getSeats();
        return (double) lane.costUsd(type) / capacity;
    }

    // ************************************************************************
    // Pool flights left over
    // ************************************************************************

    private void seedSpareFlights() {
        for (Lane lane : plan.getLanes()) {
            List<Flight> spare = lane.getFlights().stream()
                    .filter(f -> f.getAircraft() == null || f.getDepartureSlot() == null)
                    .toList();
            List<Aircraft> aircraft = lane.getCandidateAircraft();
            long slots = lane.getSlotRange().getSize();
            for (int i = 0; i < spare.size(); i++) {
                int slot = lane.getSlotRange().get((i * slots + slots / 2) / spare.size());
                working.schedule(spare.get(i), aircraft.get(i % aircraft.size()), slot);
            }
        }
    }

    private long hardScore() {
        return working.score().hardScore();
    }

}
