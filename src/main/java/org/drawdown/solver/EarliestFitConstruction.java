package org.drawdown.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Lane;
import org.drawdown.domain.Load;
import org.drawdown.domain.LoadTotals;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;

/**
 * The construction heuristic, and the greedy baseline a planner with a spreadsheet would build: take the loads
 * largest first; put each on the earliest flown flight of its lane that still has room for it; if none has, open a
 * new flight at the earliest slot some aircraft can fly it within the rules, trying the aircraft with the lowest cost
 * per unit of capacity first. Optional cargo only joins flights at first, and opens flights of its own after every
 * load that must fly is placed, and only where it is worth more than the flight costs: so it never takes the last
 * departure a mandatory load needed, yet large optional items still fill flights early.
 * <p>
 * It grows with the number of loads, not their square: a {@link ScheduleLedger} answers what flights share (ramp,
 * caps, itineraries, force protection), the flight and {@link LoadTotals} answer the rest, and the score director
 * is asked once, at the end. The constraints stay the judge: should that score break a rule the plan did not break
 * before, the construction starts again, this time asking the score director after every placement.
 * <p>
 * Flights left in the pools get an aircraft and a slot spread over their lane's window, so that local search can
 * open them.
 */
public class EarliestFitConstruction implements PhaseCommand<DrawdownPlan> {

    private static final Logger LOGGER = LoggerFactory.getLogger(EarliestFitConstruction.class);

    private static final Comparator<Load> LARGEST_FIRST = Comparator
            .comparingLong(EarliestFitConstruction::size).reversed()
            .thenComparing(Load::getReadyMinute)
            .thenComparing(Load::getId);

    @Override
    public void changeWorkingSolution(ScoreDirector<DrawdownPlan> director, BooleanSupplier isPhaseTerminated) {
        WorkingPlan working = new WorkingPlan(director);
        long hardBefore = working.score().hardScore();
        Placement placement = new Placement(working, false);
        placement.placeAll(isPhaseTerminated);
        long hardAfter = working.score().hardScore();
        if (hardAfter < hardBefore) {
            LOGGER.warn("The construction's ledger let a rule break (hard score {} -> {}); placing again with the"
                    + " score as the judge of every placement.", hardBefore, hardAfter);
            placement.undo();
            new Placement(working, true).placeAll(isPhaseTerminated);
        }
        seedSpareFlights(working);
    }

    private static boolean isSecurity(Load load) {
        return load instanceof PersonnelGroup group && group.isSecurity();
    }

    /** Pallet positions dominate, then weight: what fills an aircraft first. */
    private static long size(Load load) {
        return (long) load.getPalletPositions() * 1_000_000 + load.getWeightKg();
    }

    /** Whether the type could take this load on an otherwise empty flight (rules 1-3, 9, 11). */
    static boolean canCarryAlone(AircraftType type, Load load) {
        return LoadTotals.NONE.plus(load).fit(type);
    }

    /** One pass of placing the plan's unplaced loads. */
    private static final class Placement {

        private final WorkingPlan working;
        private final DrawdownPlan plan;
        private final PlanningWindow window;
        /** Asks the score director after each placement, and takes back what made the hard score worse. */
        private final boolean verified;
        private final long hardBefore;
        private final ScheduleLedger ledger;
        /** Flown flights of each lane by sequence key (departure first), with their loads' totals. */
        private final Map<Lane, TreeMap<Long, Sortie>> sorties = new HashMap<>();
        /** Where each lane's pool search for an unscheduled flight goes on from. */
        private final Map<Lane, Integer> poolCursor = new HashMap<>();
        /** Per lane and set of candidate aircraft, the slot from which opening a flight failed: it fails later too. */
        private final Map<OpeningKey, Integer> failedFrom = new HashMap<>();
        /** Aircraft and slot pairs the score director refused, in the verified pass. */
        private final Set<Long> refused = new HashSet<>();
        private final List<Load> placed = new ArrayList<>();
        private final List<Flight> opened = new ArrayList<>();

        private record OpeningKey(Lane lane, List<Aircraft> aircraft, boolean sensitive, boolean security) {
        }

        Placement(WorkingPlan working, boolean verified) {
            this.working = working;
            this.plan = working.plan();
            this.window = plan.getWindow();
            this.verified = verified;
            this.hardBefore = verified ? working.score().hardScore() : 0;
            this.ledger = new ScheduleLedger(plan);
            plan.manifests().forEach((flight, manifest) -> {
                if (!flight.isHistory()) {
                    Sortie sortie = openSortie(flight);
                    manifest.cargo().forEach(sortie::add);
                    manifest.personnel().forEach(sortie::add);
                }
            });
        }

        void placeAll(BooleanSupplier isPhaseTerminated) {
            List<Load> loads = new ArrayList<>();
            plan.getCargo().stream().filter(c -> !c.isPinned() && c.getFlight() == null).forEach(loads::add);
            plan.getPersonnel().stream().filter(p -> !p.isPinned() && p.getFlight() == null).forEach(loads::add);
            loads.sort(LARGEST_FIRST);
            // Placing what must fly first altogether made the search end 15% dearer on niger-2024 (benchmarks).
            List<Load> optionalLeft = new ArrayList<>();
            for (Load load : loads) {
                if (isPhaseTerminated.getAsBoolean()) {
                    return;
                }
                if (!joinFlownFlight(load)) {
                    if (load.isMandatory()) {
                        openFlightFor(load);
                    } else {
                        optionalLeft.add(load);
                    }
                }
            }
            for (Load load : optionalLeft) {
                if (isPhaseTerminated.getAsBoolean()) {
                    return;
                }
                if (!joinFlownFlight(load)) {
                    openFlightFor(load);
                }
            }
        }

        /** Takes back every placement of this pass. */
        void undo() {
            placed.forEach(load -> working.assign(load, null));
            opened.forEach(flight -> working.schedule(flight, null, null));
        }

        // ********************************************************************
        // Joining a flown flight
        // ********************************************************************

        private boolean joinFlownFlight(Load load) {
            TreeMap<Long, Sortie> lane = sorties.get(load.getLane());
            if (lane == null) {
                return false;
            }
            for (Sortie sortie : lane.tailMap((long) load.getReadyMinute() << 32).values()) {
                if (sortie.takes(load) && ledger.protects(sortie.flight(), load) && accepted(load, sortie.flight())) {
                    sortie.add(load);
                    ledger.recordLoad(sortie.flight(), load);
                    return true;
                }
            }
            return false;
        }

        /** Puts the load aboard; in the verified pass, only if the hard score is no worse. */
        private boolean accepted(Load load, Flight flight) {
            working.assign(load, flight);
            if (verified && working.score().hardScore() < hardBefore) {
                working.assign(load, null);
                return false;
            }
            placed.add(load);
            return true;
        }

        // ********************************************************************
        // Opening a flight
        // ********************************************************************

        private void openFlightFor(Load load) {
            Lane lane = load.getLane();
            Flight flight = nextUnscheduled(lane);
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
            int firstSlot = Math.max(lane.getSlotRange().get(0), window.firstSlotAtOrAfter(load.getReadyMinute()));
            if (isSecurity(load)) {
                firstSlot = Math.max(firstSlot, window.firstSlotAtOrAfter(
                        Math.max(0, ledger.earliestSecurityMinute(lane.getOrigin()))));
            }
            int lastSlot = (int) (long) lane.getSlotRange().get(lane.getSlotRange().getSize() - 1);
            OpeningKey key = new OpeningKey(lane, aircraft, load instanceof CargoItem item && item.isSensitive(),
                    isSecurity(load));
            if (firstSlot >= failedFrom.getOrDefault(key, Integer.MAX_VALUE)) {
                return;
            }
            while (true) {
                int bestSlot = lastSlot + 1;
                Aircraft best = null;
                for (Aircraft candidate : aircraft) {
                    int slot = earliestSlot(flight, candidate, load, firstSlot, bestSlot - 1);
                    if (slot < bestSlot) {
                        bestSlot = slot;
                        best = candidate;
                        if (slot == firstSlot) {
                            break;
                        }
                    }
                }
                if (best == null) {
                    failedFrom.merge(key, firstSlot, Math::min);
                    return;
                }
                working.schedule(flight, best, bestSlot);
                if (accepted(load, flight)) {
                    opened.add(flight);
                    ledger.record(flight);
                    ledger.recordLoad(flight, load);
                    openSortie(flight).add(load);
                    return;
                }
                working.schedule(flight, null, null);
                refused.add(((long) best.getIndex() << 32) | bestSlot);
            }
        }

        /**
         * The earliest slot from {@code from} to {@code to} at which the aircraft can fly the flight with the load
         * aboard and every rule kept, or {@code to + 1}. It sets the unflown, unscheduled flight's variables to probe
         * and restores them without telling the score director: no constraint sees such a flight.
         */
        private int earliestSlot(Flight flight, Aircraft aircraft, Load load, int from, int to) {
            try {
                int slot = from;
                while (slot <= to) {
                    flight.setAircraft(aircraft);
                    flight.setDepartureSlot(slot);
                    // Later departures only break these more.
                    if (flight.getMinutesAfterDeadline() > 0 || flight.getMinutesAfterClosure() > 0
                            || flight.getMinutesAfterAvailability() > 0 || flight.getRangeOverNm() > 0
                            || !ledger.protects(flight, load)) {
                        return to + 1;
                    }
                    int departure = flight.getDepartureMinute();
                    int notBefore = Math.max(ledger.earliestTurnaroundMinute(flight), flight.getNextClearedMinute());
                    if (notBefore == ScheduleLedger.NEVER) {
                        return to + 1;
                    }
                    if (notBefore > departure) {
                        slot = window.firstSlotAtOrAfter(notBefore);
                    } else if (!ledger.originHasDepartureLeft(flight)) {
                        slot = window.firstSlotAtOrAfter(window.startOfNextUtcDay(departure));
                    } else if (!ledger.clearanceCapsAdmit(flight) || !ledger.rampAdmits(flight)
                            || refused.contains(((long) aircraft.getIndex() << 32) | slot)) {
                        slot++;
                    } else {
                        return slot;
                    }
                }
                return to + 1;
            } finally {
                flight.setAircraft(null);
                flight.setDepartureSlot(null);
            }
        }

        private Flight nextUnscheduled(Lane lane) {
            List<Flight> pool = lane.getFlights();
            int i = poolCursor.getOrDefault(lane, 0);
            while (i < pool.size() && pool.get(i).getAircraft() != null) {
                i++;
            }
            poolCursor.put(lane, i);
            return i < pool.size() ? pool.get(i) : null;
        }

        private Sortie openSortie(Flight flight) {
            Sortie sortie = new Sortie(flight);
            sorties.computeIfAbsent(flight.getLane(), lane -> new TreeMap<>()).put(flight.getSequenceKey(), sortie);
            return sortie;
        }

        /** Only for types {@link #canCarryAlone} kept, so the capacity holds at least this load and is never 0. */
        private static double costPerCapacity(Lane lane, AircraftType type, Load load) {
            int capacity = load instanceof CargoItem ? type.getPalletPositions() : type.getSeats();
            return (double) lane.costUsd(type) / capacity;
        }
    }

    // ************************************************************************
    // Pool flights left over
    // ************************************************************************

    private static void seedSpareFlights(WorkingPlan working) {
        for (Lane lane : working.plan().getLanes()) {
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
}
