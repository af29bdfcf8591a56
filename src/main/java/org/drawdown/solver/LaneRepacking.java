package org.drawdown.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.impl.domain.variable.descriptor.BasicVariableDescriptor;
import ai.timefold.solver.core.impl.heuristic.move.CompositeMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.LoadTotals;
import org.drawdown.domain.PositioningLeg;

/**
 * Puts the loads of a few flown flights of one lane back aboard them afresh, as one move, where one of them may fly
 * another aircraft type and one may be emptied: a flight re-tailed to a smaller type hands what no longer fits to the
 * others and takes back what does; an emptied flight's loads spread over the others, a re-tailed bigger one among
 * them, and its flying cost is saved; an unflown flight of the pool, given loads the lane left behind, is opened
 * for them. Every single move between two such plans breaks a rule or costs a whole sortie on the way (payload,
 * pallet positions, turnarounds, a flight flown for one load), and late acceptance never takes a plan that breaks
 * one from a feasible plan.
 * <p>
 * Loads are placed in random order, people first (they decide which cargo may join them, rule 12), then cargo that
 * must fly, then optional cargo, including a few the lane left behind; each load mostly tries its own flight first,
 * so a repacking moves few loads. What fits is {@link Sortie}'s question. A flight whose new loads are ready after it
 * leaves is retimed to when they are (rule 5), and a later flight of its aircraft that would then leave before its
 * turnaround allows is pushed later too (rule 14, {@link PositioningLeg}). The other rules, and whether the plan is
 * better, are the score's.
 * <p>
 * The move is a composite of the moves that set one variable each ({@link ChangeMove} for an aircraft,
 * {@link ShiftDepartureMove}, {@link MoveLoadsMove}), so Timefold does and undoes it as it does those.
 */
final class LaneRepacking {

    /** Random orders tried before giving up: each is one pass over a few flights' loads, no score asked. */
    private static final int PACKINGS = 3;
    /** Out of four, how often a load tries the flight it rides before the others. */
    private static final int STAYS_FIRST = 3;
    private static final Comparator<Load> BY_ID = Comparator.comparing(Load::getId);

    private final LoadIndex loadIndex;
    private final BasicVariableDescriptor<DrawdownPlan> aircraftVariable;

    LaneRepacking(LoadIndex loadIndex, BasicVariableDescriptor<DrawdownPlan> aircraftVariable) {
        this.loadIndex = loadIndex;
        this.aircraftVariable = aircraftVariable;
    }

    /**
     * The move that repacks the loads of {@code flights} (movable, of one lane, flown or not) over them,
     * {@code retailed} flying {@code newAircraft} and {@code emptied} carrying nothing (either may be null), and
     * takes aboard what of {@code leftBehind} (loads of the lane on no flight) finds room; null when no packing tried
     * finds room for what must stay aboard, or a flight would have to leave outside its window.
     */
    Move<DrawdownPlan> repack(List<Flight> flights, List<Load> leftBehind, Flight retailed, Aircraft newAircraft,
            Flight emptied, Random random) {
        List<Flight> receivers = new ArrayList<>(flights);
        receivers.remove(emptied);
        List<Load> staying = new ArrayList<>();
        PlacingOrder order = new PlacingOrder();
        LoadTotals mustStayAboard = LoadTotals.NONE;
        for (Flight flight : flights) {
            for (Load load : loadIndex.loadsOn(flight)) {
                if (!load.isPinned()) {
                    order.add(load);
                } else if (flight == emptied) {
                    return null;
                } else {
                    staying.add(load);
                }
                if (load.isMandatory() || load.isPinned()) {
                    mustStayAboard = mustStayAboard.plus(load);
                }
            }
        }
        if (!fitsAltogether(mustStayAboard, receivers, retailed, newAircraft)) {
            return null;
        }
        // The index's sets have no stable order; the seed alone must decide the move.
        order.sortById();
        leftBehind.forEach(order::add);
        for (int packing = 0; packing < PACKINGS; packing++) {
            Packing attempt = new Packing(flights, receivers, retailed, newAircraft, staying);
            if (attempt.place(order, random)) {
                Move<DrawdownPlan> move = attempt.toMove();
                if (move != null) {
                    return move;
                }
            }
        }
        return null;
    }

    /**
     * Whether the receivers' payload, pallet positions and seats, added up, hold what must stay aboard: most
     * repackings tried fail, and this tells most of those at the cost of one pass over the loads, before any packing.
     */
    private static boolean fitsAltogether(LoadTotals totals, List<Flight> receivers, Flight retailed,
            Aircraft newAircraft) {
        long payloadKg = 0;
        long palletPositions = 0;
        long seats = 0;
        for (Flight receiver : receivers) {
            AircraftType type = typeAfter(receiver, retailed, newAircraft);
            payloadKg += type.getMaxPayloadKg();
            palletPositions += type.getPalletPositions();
            seats += type.getSeats();
        }
        return totals.weightKg() <= payloadKg && totals.cargoPalletPositions() <= palletPositions
                && totals.passengers() <= seats;
    }

    private static AircraftType typeAfter(Flight flight, Flight retailed, Aircraft newAircraft) {
        return flight == retailed ? newAircraft.getType() : flight.getType();
    }

    /** The loads to place: people, then cargo that must fly, then optional cargo, each group shuffled anew. */
    private static final class PlacingOrder {

        private final List<Load> people = new ArrayList<>();
        private final List<Load> mustFly = new ArrayList<>();
        private final List<Load> optional = new ArrayList<>();

        void add(Load load) {
            (load instanceof CargoItem ? load.isMandatory() ? mustFly : optional : people).add(load);
        }

        void sortById() {
            for (List<Load> group : groups()) {
                group.sort(BY_ID);
            }
        }

        List<List<Load>> groups() {
            return List.of(people, mustFly, optional);
        }
    }

    /** One attempt: the receivers' sorties as loads go aboard, and where each load went. */
    private final class Packing {

        private final List<Flight> flights;
        private final List<Flight> receivers;
        private final Flight retailed;
        private final Aircraft newAircraft;
        private final List<Sortie> sorties = new ArrayList<>();
        private final List<Load> loads = new ArrayList<>();
        /** Where each of {@link #loads} goes: a receiver, or null for behind. */
        private final List<Flight> destinations = new ArrayList<>();
        /** The optional item this packing takes off its flight and leaves behind: one at the most. */
        private CargoItem takenOff;
        /** Flights whose aircraft or departure the move changes, by the move's order. */
        private final Map<Flight, Schedule> schedules = new LinkedHashMap<>();

        private record Schedule(Aircraft aircraft, int slot) {
        }

        Packing(List<Flight> flights, List<Flight> receivers, Flight retailed, Aircraft newAircraft,
                List<Load> staying) {
            this.flights = flights;
            this.receivers = receivers;
            this.retailed = retailed;
            this.newAircraft = newAircraft;
            for (Flight receiver : receivers) {
                Sortie sortie = new Sortie(receiver, typeAfter(receiver, retailed, newAircraft));
                staying.stream().filter(load -> load.getFlight() == receiver).forEach(sortie::add);
                sorties.add(sortie);
            }
        }

        /**
         * Places the loads, each group in a new random order, or leaves them behind; false when one aboard that must
         * fly finds no room, or a second optional item aboard finds none.
         */
        boolean place(PlacingOrder order, Random random) {
            int receiverCount = sorties.size();
            for (List<Load> group : order.groups()) {
                Collections.shuffle(group, random);
                for (Load load : group) {
                    // Tried in turn from the first: mostly the load's own flight, else any.
                    int own = receivers.indexOf(load.getFlight());
                    int first = own >= 0 && random.nextInt(4) < STAYS_FIRST ? own : random.nextInt(receiverCount);
                    Sortie chosen = null;
                    for (int i = 0; i < receiverCount && chosen == null; i++) {
                        Sortie candidate = sorties.get((first + i) % receiverCount);
                        if (candidate.hasRoomFor(load)) {
                            chosen = candidate;
                        }
                    }
                    if (chosen != null) {
                        chosen.add(load);
                    } else if (load.getFlight() != null) {
                        if (load.isMandatory() || takenOff != null) {
                            return false;
                        }
                        takenOff = (CargoItem) load;
                    }
                    loads.add(load);
                    destinations.add(chosen == null ? null : chosen.flight());
                }
            }
            return true;
        }

        /**
         * The move to this packing; null when nothing changes, a flight cannot be scheduled for it, or it leaves
         * behind cargo worth more than half the flying it saves. Cargo left behind seldom flies again (that takes a
         * flight opened for it), while a flight saved is soon flown again for other loads: leaving behind whatever
         * the flying saved paid for made niger-2024 end 7% dearer (1,500,000 moves, seeds 1-5).
         */
        Move<DrawdownPlan> toMove() {
            if (takenOff != null && 2 * takenOff.getValueUsd() >= flyingSavedUsd()) {
                return null;
            }
            for (Sortie sortie : sorties) {
                Flight flight = sortie.flight();
                if (sortie.isEmpty()) {
                    continue;
                }
                int early = sortie.totals().minutesBeforeReady(flight);
                int slot = early == 0 ? flight.getDepartureSlot()
                        : flight.getWindow().firstSlotAtOrAfter(flight.getDepartureMinute() + early);
                if (!flight.getSlotRange().contains(slot)) {
                    return null;
                }
                if (flight == retailed || slot != flight.getDepartureSlot()) {
                    schedules.put(flight, new Schedule(flight == retailed ? newAircraft : flight.getAircraft(), slot));
                }
            }
            for (Aircraft aircraft : schedules.values().stream().map(Schedule::aircraft).distinct().toList()) {
                if (!keepTurnarounds(aircraft)) {
                    return null;
                }
            }
            List<Move<DrawdownPlan>> moves = new ArrayList<>();
            schedules.forEach((flight, schedule) -> {
                if (schedule.aircraft() != flight.getAircraft()) {
                    moves.add(new ChangeMove<>(aircraftVariable, flight, schedule.aircraft()));
                }
                if (schedule.slot() != flight.getDepartureSlot()) {
                    moves.add(new ShiftDepartureMove(flight, schedule.slot()));
                }
            });
            Map<Flight, Map<Flight, List<Load>>> loadsByRoute = new LinkedHashMap<>();
            for (int i = 0; i < loads.size(); i++) {
                Load load = loads.get(i);
                if (destinations.get(i) != load.getFlight()) {
                    loadsByRoute.computeIfAbsent(load.getFlight(), from -> new LinkedHashMap<>())
                            .computeIfAbsent(destinations.get(i), to -> new ArrayList<>()).add(load);
                }
            }
            loadsByRoute.forEach((from, byDestination) -> byDestination.forEach(
                    (to, loads) -> moves.add(new MoveLoadsMove(from, to, loads))));
            return moves.isEmpty() ? null : CompositeMove.buildMove(moves);
        }

        /**
         * Pushes later each flight of the aircraft, from the first the move changes on, that would leave before its
         * turnaround after the one before allows; false when one cannot be pushed (held still, or out of its window).
         */
        private boolean keepTurnarounds(Aircraft aircraft) {
            // The aircraft's flights that may fly after the move: those flying now, and the repacked ones.
            List<Flight> candidates = new ArrayList<>(loadIndex.flownFlightsOf(aircraft));
            flights.stream().filter(flight -> flight.getAircraft() == aircraft && !candidates.contains(flight))
                    .forEach(candidates::add);
            List<Flight> itinerary = new ArrayList<>();
            for (Flight flight : candidates) {
                if (aircraftAfter(flight) == aircraft && isFlownAfter(flight)) {
                    itinerary.add(flight);
                }
            }
            schedules.forEach((flight, schedule) -> {
                if (schedule.aircraft() == aircraft && flight.getAircraft() != aircraft) {
                    itinerary.add(flight);
                }
            });
            itinerary.sort(Comparator.comparingInt(this::departureAfter).thenComparingInt(Flight::getIndex));
            Airfield landedAt = null;
            int arrival = 0;
            boolean changed = false;
            for (Flight flight : itinerary) {
                int departure = departureAfter(flight);
                changed |= schedules.containsKey(flight);
                if (changed) {
                    int earliest = landedAt == null
                            ? PositioningLeg.earliestFirstDepartureMinute(aircraft, flight.getOrigin())
                            : PositioningLeg.earliestDepartureMinuteAfter(aircraft, landedAt, arrival,
                                    flight.getOrigin());
                    if (earliest > departure) {
                        int slot = flight.getWindow().firstSlotAtOrAfter(earliest);
                        if (flight.isPinned() || !flight.getSlotRange().contains(slot)) {
                            return false;
                        }
                        schedules.put(flight, new Schedule(aircraft, slot));
                        departure = flight.getWindow().minuteOfSlot(slot);
                    }
                }
                landedAt = flight.getDestination();
                arrival = departure + flight.getLane().flightMinutes(aircraft.getType());
            }
            return true;
        }

        private long flyingSavedUsd() {
            long saved = 0;
            for (Flight flight : flights) {
                saved += flight.getFlyingCostUsd();
            }
            for (Sortie sortie : sorties) {
                if (!sortie.isEmpty()) {
                    saved -= sortie.flight().getLane().costUsd(sortie.type());
                }
            }
            return saved;
        }

        private Aircraft aircraftAfter(Flight flight) {
            Schedule schedule = schedules.get(flight);
            return schedule == null ? flight.getAircraft() : schedule.aircraft();
        }

        private int departureAfter(Flight flight) {
            Schedule schedule = schedules.get(flight);
            return schedule == null ? flight.getDepartureMinute() : flight.getWindow().minuteOfSlot(schedule.slot());
        }

        private boolean isFlownAfter(Flight flight) {
            if (!flights.contains(flight)) {
                return loadIndex.isFlown(flight);
            }
            int receiver = receivers.indexOf(flight);
            return receiver >= 0 && !sorties.get(receiver).isEmpty();
        }
    }
}
