package org.drawdown.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.variable.descriptor.BasicVariableDescriptor;
import ai.timefold.solver.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import ai.timefold.solver.core.impl.heuristic.move.CompositeMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.move.NoChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Lane;
import org.drawdown.domain.Load;
import org.drawdown.domain.PlanningVariables;

/**
 * Move factories for {@link MoveLoadsMove}, {@link ShiftDepartureMove}, and Timefold's change and swap moves on
 * flights. They find flown flights by picking a random load and taking its flight, which needs no per-step cache or
 * filtering of the (mostly unflown) pools, and favours flights that carry more. Moves that load a flight beyond what
 * its type takes ({@link LoadSampling#takes}), or that schedule a flight too soon after its aircraft's flight before
 * or too late for the one after ({@link LoadSampling#keepsLegs}), are not drawn at all. Random selection only: local
 * search is the only phase that uses them.
 */
public final class FlightMoveFactories {

    private FlightMoveFactories() {
    }

    /** What both factories need: the movable loads, by lane too, and which loads ride each flight. */
    private abstract static class LoadSampling<Move_ extends Move<DrawdownPlan>>
            implements MoveIteratorFactory<DrawdownPlan, Move_> {

        private static final int ATTEMPTS = 100;

        protected List<Load> loads;
        protected Map<Lane, List<Load>> loadsByLane;
        protected LoadIndex index;
        private ChangeJournalFeed journalFeed;

        @Override
        public void phaseStarted(ScoreDirector<DrawdownPlan> scoreDirector) {
            DrawdownPlan plan = scoreDirector.getWorkingSolution();
            loads = new ArrayList<>();
            plan.getCargo().stream().filter(item -> !item.isPinned()).forEach(loads::add);
            plan.getPersonnel().stream().filter(group -> !group.isPinned()).forEach(loads::add);
            loadsByLane = new HashMap<>();
            loads.forEach(load -> loadsByLane.computeIfAbsent(load.getLane(), lane -> new ArrayList<>()).add(load));
            index = LoadIndex.demand(scoreDirector);
            journalFeed = ChangeJournalFeed.demand(scoreDirector);
        }

        @Override
        public void phaseEnded(ScoreDirector<DrawdownPlan> scoreDirector) {
            index.release(scoreDirector);
            index = null;
            journalFeed.release(scoreDirector);
            journalFeed = null;
        }

        @Override
        public long getSize(ScoreDirector<DrawdownPlan> scoreDirector) {
            return loads.size();
        }

        @Override
        public Iterator<Move_> createOriginalMoveIterator(ScoreDirector<DrawdownPlan> scoreDirector) {
            throw new UnsupportedOperationException(getClass().getSimpleName() + " supports random selection only.");
        }

        @Override
        public Iterator<Move_> createRandomMoveIterator(ScoreDirector<DrawdownPlan> scoreDirector, Random random) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return !loads.isEmpty();
                }

                @Override
                public Move_ next() {
                    for (int attempt = 0; attempt < attempts(); attempt++) {
                        Move_ move = moveFor(loads.get(random.nextInt(loads.size())), random);
                        if (move != null) {
                            return move;
                        }
                    }
                    return notDoable();
                }
            };
        }

        /** Loads drawn before giving up on one move: {@link #moveFor} may return null that often. */
        protected int attempts() {
            return ATTEMPTS;
        }

        /** A move starting from this load (or its flight), or null if none fits. */
        protected abstract Move_ moveFor(Load load, Random random);

        /** A flown flight of the lane, found through a random load of the lane; null if that load stays home. */
        protected Flight flownFlightOf(Lane lane, Random random) {
            List<Load> laneLoads = loadsByLane.get(lane);
            return laneLoads.get(random.nextInt(laneLoads.size())).getFlight();
        }

        protected static Flight poolFlightOf(Lane lane, Random random) {
            return lane.getFlights().get(random.nextInt(lane.getFlights().size()));
        }

        /**
         * Whether the flight, flying the type, holds its loads but {@code leaving} and then the boarding ones (rules
         * 1-3, 5, 9, 11 and 12, {@link Sortie}'s question). A move that breaks one of them is not worth its score:
         * from a feasible plan late acceptance never takes it, and on gen-l two thirds of the load moves drawn
         * blindly did.
         */
        protected boolean takes(Flight flight, AircraftType type, List<Load> boarding, Load leaving) {
            Sortie sortie = index.sortieOf(flight, type, leaving);
            if (!sortie.holdsItsLoads()) {
                return false;
            }
            for (Load load : boarding) {
                if (!sortie.takes(load)) {
                    return false;
                }
                sortie.add(load);
            }
            return true;
        }

        /** Whether the flight's loads fit the type and are all ready by the minute, as {@link #takes} asks. */
        protected boolean carriesAt(Flight flight, AircraftType type, int departureMinute) {
            Sortie sortie = index.sortieOf(flight, type, null);
            return sortie.holdsItsLoads() && sortie.totals().latestReadyMinute() <= departureMinute;
        }

        /**
         * Whether a flown flight, flown by the aircraft from the minute, keeps rules 10 and 14 on its legs in and out,
         * or breaks them already where it is: a move that breaks them is not worth its score. On gen-l nine in ten of
         * the retimings that broke a rule broke rule 14. A flight that breaks them already may be moved anywhere, so
         * that the search can still mend it bit by bit.
         */
        protected boolean keepsLegs(Flight flight, Aircraft aircraft, int departureMinute, Flight leaving) {
            return index.fitsItinerary(flight, aircraft, departureMinute, leaving)
                    || !index.fitsItinerary(flight, flight.getAircraft(), flight.getDepartureMinute(), null);
        }

        /** Whether loads may board the flight as far as its aircraft's itinerary goes: it flies already, or fits. */
        protected boolean opensWithinItinerary(Flight flight, Flight emptied) {
            return index.isFlown(flight)
                    || index.fitsItinerary(flight, flight.getAircraft(), flight.getDepartureMinute(), emptied);
        }

        /** A move that is not doable, for when no load rides a movable flight: Timefold skips it. */
        protected abstract Move_ notDoable();
    }

    /**
     * All loads of a flight onto another flight of its lane: half the time a flown one (consolidation), half the
     * time any of the pool (re-flying the load at another slot and aircraft).
     */
    public static final class Merge extends LoadSampling<MoveLoadsMove> {

        @Override
        protected MoveLoadsMove moveFor(Load load, Random random) {
            Flight from = load.getFlight();
            if (from == null || from.isPinned()) {
                return null;
            }
            Flight to = random.nextBoolean() ? flownFlightOf(from.getLane(), random)
                    : poolFlightOf(from.getLane(), random);
            if (to == null || to == from) {
                return null;
            }
            // Asked of the sums: most merges find no room, and a flight carries many loads. Loads held still by a
            // replan stay, even when others share their flight, yet count here: a replan tries fewer merges.
            Sortie merged = index.sortieOf(to, to.getType(), null);
            if (!merged.holdsItsLoads() || !merged.takesAllOf(index.sortieOf(from, from.getType(), null))) {
                return null;
            }
            List<Load> aboard = index.loadsOn(from);
            List<Load> moving = new ArrayList<>();
            for (Load each : aboard) {
                if (!each.isPinned()) {
                    moving.add(each);
                }
            }
            Flight emptied = moving.size() == aboard.size() ? from : null;
            return opensWithinItinerary(to, emptied) ? new MoveLoadsMove(from, to, moving) : null;
        }

        @Override
        protected MoveLoadsMove notDoable() {
            return new MoveLoadsMove(null, null, List.of());
        }
    }

    /**
     * One load onto another flight of its lane. Mostly a flown one: a load moved onto an empty pool flight opens a
     * whole sortie for it, which rarely pays, so that is tried less often; optional cargo is sometimes left behind.
     */
    public static final class Reassign extends LoadSampling<MoveLoadsMove> {

        /**
         * Flown flights drawn for a load before giving up on it: most are full, and a load given up on is followed
         * by another load's choice, which would tilt the moves towards leaving cargo behind and opening sorties.
         */
        private static final int FLOWN_DRAWS = 10;

        @Override
        protected MoveLoadsMove moveFor(Load load, Random random) {
            int pick = random.nextInt(20);
            Flight to;
            if (pick == 0) {
                to = null;
            } else if (pick <= 2) {
                to = poolFlightOf(load.getLane(), random);
                Flight from = load.getFlight();
                Flight emptied = from != null && index.loadsOn(from).size() == 1 ? from : null;
                if (!takes(to, to.getType(), List.of(load), null) || !opensWithinItinerary(to, emptied)) {
                    return null;
                }
            } else {
                to = flownFlightWithRoomFor(load, random);
                if (to == null) {
                    return null;
                }
            }
            if (to == load.getFlight()) {
                return null;
            }
            return new MoveLoadsMove(load.getFlight(), to, List.of(load));
        }

        private Flight flownFlightWithRoomFor(Load load, Random random) {
            for (int draw = 0; draw < FLOWN_DRAWS; draw++) {
                Flight flight = flownFlightOf(load.getLane(), random);
                if (flight != null && flight != load.getFlight()
                        && takes(flight, flight.getType(), List.of(load), null)) {
                    return flight;
                }
            }
            return null;
        }

        @Override
        protected MoveLoadsMove notDoable() {
            return new MoveLoadsMove(null, null, List.of());
        }
    }

    /**
     * Two loads of a lane on different flights trade places. Timefold's swap selector does the same, but on entities
     * whose value ranges depend on the entity it first works out, for every flight, which loads could reach it: on
     * 100,000 loads that took minutes and gigabytes at the start of local search.
     */
    public static final class SwapLoads extends LoadSampling<Move<DrawdownPlan>> {

        @Override
        protected Move<DrawdownPlan> moveFor(Load load, Random random) {
            List<Load> laneLoads = loadsByLane.get(load.getLane());
            Load other = laneLoads.get(random.nextInt(laneLoads.size()));
            Flight left = load.getFlight();
            Flight right = other.getFlight();
            if (left == null || right == null || left == right || left.isPinned() || right.isPinned()
                    || !takes(right, right.getType(), List.of(load), other)
                    || !takes(left, left.getType(), List.of(other), load)) {
                return null;
            }
            return CompositeMove.buildMove(new MoveLoadsMove(left, right, List.of(load)),
                    new MoveLoadsMove(right, left, List.of(other)));
        }

        @Override
        protected Move<DrawdownPlan> notDoable() {
            return NoChangeMove.getInstance();
        }
    }

    /** A flown flight onto another aircraft that can fly its lane. */
    public static final class ChangeAircraft extends LoadSampling<Move<DrawdownPlan>> {

        private BasicVariableDescriptor<DrawdownPlan> aircraftVariable;

        @Override
        public void phaseStarted(ScoreDirector<DrawdownPlan> scoreDirector) {
            super.phaseStarted(scoreDirector);
            aircraftVariable = aircraftVariable(scoreDirector);
        }

        @Override
        protected Move<DrawdownPlan> moveFor(Load load, Random random) {
            Flight flight = load.getFlight();
            if (flight == null || flight.isPinned()) {
                return null;
            }
            Aircraft aircraft = anyCandidate(flight, random);
            if (aircraft == flight.getAircraft() || aircraft.getType() != flight.getType()
                    && !carriesAt(flight, aircraft.getType(), flight.getDepartureMinute())
                    || !keepsLegs(flight, aircraft, flight.getDepartureMinute(), null)) {
                return null;
            }
            return new ChangeMove<>(aircraftVariable, flight, aircraft);
        }

        @Override
        protected Move<DrawdownPlan> notDoable() {
            return NoChangeMove.getInstance();
        }
    }

    /** Two flown flights exchange aircraft and departure, where each lane allows the other's. */
    public static final class SwapSchedules extends LoadSampling<Move<DrawdownPlan>> {

        private List<GenuineVariableDescriptor<DrawdownPlan>> scheduleVariables;

        @Override
        public void phaseStarted(ScoreDirector<DrawdownPlan> scoreDirector) {
            super.phaseStarted(scoreDirector);
            scheduleVariables = List.of(aircraftVariable(scoreDirector),
                    VariableDescriptors.of(scoreDirector, Flight.class, PlanningVariables.FLIGHT_DEPARTURE_SLOT));
        }

        @Override
        protected Move<DrawdownPlan> moveFor(Load load, Random random) {
            Flight left = load.getFlight();
            Flight right = loads.get(random.nextInt(loads.size())).getFlight();
            if (left == null || right == null || left == right || left.isPinned() || right.isPinned()
                    || !canTake(left, right) || !canTake(right, left)
                    || !carriesAt(left, right.getType(), right.getDepartureMinute())
                    || !carriesAt(right, left.getType(), left.getDepartureMinute())
                    || !bothKeepLegs(left, right)) {
                return null;
            }
            return new SwapMove<>(scheduleVariables, left, right);
        }

        /** Whether both flights keep their legs in their new places; one aircraft's two flights keep its flights. */
        private boolean bothKeepLegs(Flight left, Flight right) {
            return left.getAircraft() == right.getAircraft()
                    || keepsLegs(left, right.getAircraft(), right.getDepartureMinute(), right)
                    && keepsLegs(right, left.getAircraft(), left.getDepartureMinute(), left);
        }

        /** Whether a flight's lane allows the other's aircraft and slot (its value ranges). */
        private static boolean canTake(Flight flight, Flight other) {
            return flight.getCandidateAircraft().contains(other.getAircraft())
                    && flight.getSlotRange().contains(other.getDepartureSlot());
        }

        @Override
        protected Move<DrawdownPlan> notDoable() {
            return NoChangeMove.getInstance();
        }
    }

    /** The moves built on {@link LaneRepacking}, whose indexes live as long as the phase. */
    private abstract static class Repacking extends LoadSampling<Move<DrawdownPlan>> {

        /** Draws of a candidate aircraft before giving up on finding another type. */
        private static final int TYPE_DRAWS = 4;

        protected LaneRepacking repacking;

        @Override
        public void phaseStarted(ScoreDirector<DrawdownPlan> scoreDirector) {
            super.phaseStarted(scoreDirector);
            repacking = new LaneRepacking(index, aircraftVariable(scoreDirector));
        }

        @Override
        public void phaseEnded(ScoreDirector<DrawdownPlan> scoreDirector) {
            repacking = null;
            super.phaseEnded(scoreDirector);
        }

        /** Loads of the lane drawn at random that no flight carries, after {@code first} unless it is null. */
        protected List<Load> leftBehind(Load first, Lane lane, int draws, Random random) {
            List<Load> leftBehind = new ArrayList<>();
            if (first != null) {
                leftBehind.add(first);
            }
            List<Load> laneLoads = loadsByLane.get(lane);
            for (int draw = 0; draw < draws; draw++) {
                Load other = laneLoads.get(random.nextInt(laneLoads.size()));
                if (other.getFlight() == null && !leftBehind.contains(other)) {
                    leftBehind.add(other);
                }
            }
            return leftBehind;
        }

        /** A candidate aircraft of the flight's lane of another type than the flight's, or null if none was drawn. */
        protected static Aircraft otherType(Flight flight, Random random) {
            for (int draw = 0; draw < TYPE_DRAWS; draw++) {
                Aircraft aircraft = anyCandidate(flight, random);
                if (aircraft.getType() != flight.getType()) {
                    return aircraft;
                }
            }
            return null;
        }

        @Override
        protected Move<DrawdownPlan> notDoable() {
            return NoChangeMove.getInstance();
        }
    }

    /**
     * A few flown flights of a lane repacked at once ({@link LaneRepacking}): the flight of the load drawn and up to
     * two more of its lane, found through their loads, with whatever of three more loads of the lane was left behind.
     * A third of the time the first flight is re-tailed to another type and the loads refitted around it; otherwise it
     * is emptied onto the others, half of those times with one of them re-tailed, so that a bigger aircraft takes over
     * what two flights carried.
     */
    public static final class Repack extends Repacking {

        private static final int FLIGHTS = 3;
        /** Loads of the lane drawn to find some left behind, which the repacking then takes aboard if they fit. */
        private static final int LEFT_BEHIND_DRAWS = 3;
        /** Most repackings tried find no room, and each costs a pass over a few flights' loads: fewer tries. */
        private static final int ATTEMPTS = 3;

        @Override
        protected int attempts() {
            return ATTEMPTS;
        }

        @Override
        protected Move<DrawdownPlan> moveFor(Load load, Random random) {
            Flight first = load.getFlight();
            if (first == null || first.isPinned()) {
                return null;
            }
            List<Flight> flights = new ArrayList<>(FLIGHTS);
            flights.add(first);
            for (int draw = 1; draw < FLIGHTS; draw++) {
                Flight other = flownFlightOf(first.getLane(), random);
                if (other != null && !other.isPinned() && !flights.contains(other)) {
                    flights.add(other);
                }
            }
            List<Load> leftBehind = leftBehind(null, load.getLane(), LEFT_BEHIND_DRAWS, random);
            int way = random.nextInt(3);
            if (way == 0) {
                Aircraft aircraft = otherType(first, random);
                return aircraft == null ? null : repacking.repack(flights, leftBehind, first, aircraft, null, random);
            }
            if (flights.size() < 2) {
                return null;
            }
            if (way == 1) {
                return repacking.repack(flights, leftBehind, null, null, first, random);
            }
            Flight retailed = flights.get(1 + random.nextInt(flights.size() - 1));
            Aircraft aircraft = otherType(retailed, random);
            return aircraft == null ? null : repacking.repack(flights, leftBehind, retailed, aircraft, first, random);
        }
    }

    /**
     * A new sortie for loads the lane left behind: an unflown flight of the lane's pool, on an aircraft of the lane,
     * filled ({@link LaneRepacking}) with the load drawn and whatever fits of the others found left behind among
     * forty more draws of the lane. Loads that go one at a time onto a new sortie pay its whole flying cost before
     * the second one joins, so late acceptance never opens a sortie that only pays once full: gen-m's plans left
     * behind whole sorties' worth of optional cargo worth more than the flying.
     */
    public static final class OpenSortie extends Repacking {

        private static final int LEFT_BEHIND_DRAWS = 40;

        @Override
        protected Move<DrawdownPlan> moveFor(Load load, Random random) {
            if (load.getFlight() != null) {
                return null;
            }
            Flight flight = poolFlightOf(load.getLane(), random);
            if (flight.isPinned() || index.isFlown(flight)) {
                return null;
            }
            Aircraft aircraft = anyCandidate(flight, random);
            return repacking.repack(List.of(flight), leftBehind(load, load.getLane(), LEFT_BEHIND_DRAWS, random),
                    flight, aircraft, null, random);
        }
    }

    /** An aircraft that can fly the flight's lane, drawn at random: its own one among them. */
    private static Aircraft anyCandidate(Flight flight, Random random) {
        List<Aircraft> candidates = flight.getCandidateAircraft();
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** The flights' aircraft variable, as Timefold's change move takes it. */
    private static BasicVariableDescriptor<DrawdownPlan> aircraftVariable(ScoreDirector<DrawdownPlan> scoreDirector) {
        return (BasicVariableDescriptor<DrawdownPlan>) VariableDescriptors.of(scoreDirector, Flight.class,
                PlanningVariables.FLIGHT_AIRCRAFT);
    }

    /** Shifts by up to two days either way. */
    public static final class Shift extends LoadSampling<ShiftDepartureMove> {

        private static final int MAX_SHIFT_MINUTES = 2 * 1440;

        @Override
        protected ShiftDepartureMove moveFor(Load load, Random random) {
            Flight flight = load.getFlight();
            if (flight == null || flight.isPinned()) {
                return null;
            }
            int maxShift = Math.max(1, MAX_SHIFT_MINUTES / flight.getWindow().slotMinutes());
            int shift = 1 + random.nextInt(maxShift);
            int toSlot = flight.getDepartureSlot() + (random.nextBoolean() ? shift : -shift);
            if (!flight.getSlotRange().contains(toSlot)) {
                return null;
            }
            int toMinute = flight.getWindow().minuteOfSlot(toSlot);
            return carriesAt(flight, flight.getType(), toMinute)
                    && keepsLegs(flight, flight.getAircraft(), toMinute, null)
                    ? new ShiftDepartureMove(flight, toSlot) : null;
        }

        @Override
        protected ShiftDepartureMove notDoable() {
            return new ShiftDepartureMove(null, -1);
        }
    }
}
