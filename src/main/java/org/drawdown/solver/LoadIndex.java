package org.drawdown.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.domain.variable.BasicVariableChangeEvent;
import ai.timefold.solver.core.impl.domain.variable.descriptor.VariableDescriptor;
import ai.timefold.solver.core.impl.domain.variable.listener.SourcedBasicVariableListener;
import ai.timefold.solver.core.impl.domain.variable.supply.AbstractVariableDescriptorBasedDemand;
import ai.timefold.solver.core.impl.domain.variable.supply.SupplyManager;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.LoadTotals;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningVariables;

/**
 * Which loads ride each flight, what they add up to, and each aircraft's flown flights in departure order
 * ({@link FlownItineraries}). Flights keep no list of their loads themselves (see {@link Flight}), so moves and
 * filters that need one ask here. Timefold variable listeners on the loads' flight variable and on the flights'
 * aircraft and departure keep them current on every change, the moves' and their undoing alike.
 * <p>
 * The move factories ask of most moves they draw whether the flight they load has room ({@link #sortieOf}). Asked
 * of Timefold's own inverse index, that walked each flight's identity hash set, slow to walk for its empty slots,
 * and added up its loads each time: a third of niger-2024's search. Here it reads a sum kept as loads come and go.
 * <p>
 * Timefold keeps one listener however many demand it, and drops it when the last gives it back.
 */
final class LoadIndex {

    private final Demand demand;
    private final Listener listener;
    private final List<ScheduleDemand> scheduleDemands;

    private LoadIndex(ScoreDirector<DrawdownPlan> scoreDirector) {
        VariableDescriptor<DrawdownPlan> variable =
                VariableDescriptors.of(scoreDirector, CargoItem.class, PlanningVariables.LOAD_FLIGHT);
        // Declared once, on the loads' common class: one listener hears both kinds of load.
        if (VariableDescriptors.of(scoreDirector, PersonnelGroup.class, PlanningVariables.LOAD_FLIGHT) != variable) {
            throw new IllegalStateException("Cargo and personnel do not share their flight variable.");
        }
        demand = new Demand(variable);
        SupplyManager supplyManager = ((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector).getSupplyManager();
        listener = supplyManager.demand(demand);
        scheduleDemands = Stream.of(PlanningVariables.FLIGHT_AIRCRAFT, PlanningVariables.FLIGHT_DEPARTURE_SLOT)
                .map(name -> new ScheduleDemand(VariableDescriptors.of(scoreDirector, Flight.class, name), listener))
                .toList();
        scheduleDemands.forEach(supplyManager::demand);
    }

    static LoadIndex demand(ScoreDirector<DrawdownPlan> scoreDirector) {
        return new LoadIndex(scoreDirector);
    }

    /** Gives the index back, so Timefold stops maintaining it once nobody needs it. */
    void release(ScoreDirector<DrawdownPlan> scoreDirector) {
        SupplyManager supplyManager = ((InnerScoreDirector<DrawdownPlan, ?>) scoreDirector).getSupplyManager();
        scheduleDemands.forEach(supplyManager::cancel);
        supplyManager.cancel(demand);
    }

    /** The loads on the flight, in the order they boarded; read it before anything moves. */
    List<Load> loadsOn(Flight flight) {
        return Collections.unmodifiableList(listener.aboard(flight).loads);
    }

    boolean isFlown(Flight flight) {
        return listener.isFlown(flight);
    }

    /** The aircraft's flown flights in departure order. */
    List<Flight> flownFlightsOf(Aircraft aircraft) {
        return listener.itineraries.flightsOf(aircraft);
    }

    /** {@link FlownItineraries#fits}: whether the flight keeps rules 10 and 14 in that place. */
    boolean fitsItinerary(Flight flight, Aircraft flownBy, int departureMinute, Flight leaving) {
        return listener.itineraries.fits(flight, flownBy, departureMinute, leaving);
    }

    /** The flight's loads but {@code leaving} (null for none) as a sortie of the type, to ask what else fits. */
    Sortie sortieOf(Flight flight, AircraftType type, Load leaving) {
        Aboard aboard = listener.aboard(flight);
        if (leaving == null || leaving.getFlight() != flight) {
            return new Sortie(flight, type, aboard.totals, aboard.personnelGroups > 0,
                    aboard.passengerIncompatibleItems > 0);
        }
        return new Sortie(flight, type, aboard.totalsWithout(leaving),
                aboard.personnelGroups - (leaving instanceof PersonnelGroup ? 1 : 0) > 0,
                aboard.passengerIncompatibleItems - (Sortie.barsPeople(leaving) ? 1 : 0) > 0);
    }

    /** One flight's loads, and their sums. */
    private static final class Aboard {

        final List<Load> loads = new ArrayList<>(0);
        LoadTotals totals = LoadTotals.NONE;
        int personnelGroups;
        int passengerIncompatibleItems;

        void add(Load load) {
            loads.add(load);
            totals = totals.plus(load);
            count(load, 1);
        }

        void remove(Load load) {
            totals = totalsWithout(load);
            // By identity: loads are equal by id, and a flight's loads are few.
            for (int i = 0; i < loads.size(); i++) {
                if (loads.get(i) == load) {
                    loads.remove(i);
                    break;
                }
            }
            count(load, -1);
        }

        /** The sums of the loads aboard but {@code leaving}, which is aboard. */
        LoadTotals totalsWithout(Load leaving) {
            if (loads.size() == 1) {
                return LoadTotals.NONE;
            }
            // A maximum cannot be taken back out: the loads that stay are asked only when the leaving one held it.
            int latestReady = totals.latestReadyMinute();
            if (leaving.getReadyMinute() >= latestReady) {
                latestReady = Integer.MIN_VALUE;
                for (Load load : loads) {
                    if (load != leaving) {
                        latestReady = Math.max(latestReady, load.getReadyMinute());
                    }
                }
            }
            return totals.minus(leaving, latestReady);
        }

        private void count(Load load, int sign) {
            if (load instanceof PersonnelGroup) {
                personnelGroups += sign;
            } else if (Sortie.barsPeople(load)) {
                passengerIncompatibleItems += sign;
            }
        }
    }

    /**
     * Its own class, like {@link ChangeJournalFeed}'s: Timefold tells demands apart by class and variable, and both
     * listen to the loads' flight variable.
     */
    private static final class Demand extends AbstractVariableDescriptorBasedDemand<DrawdownPlan, Listener> {

        Demand(VariableDescriptor<DrawdownPlan> variable) {
            super(variable);
        }

        @Override
        public Listener createExternalizedSupply(SupplyManager supplyManager) {
            return new Listener(variableDescriptor);
        }
    }

    /** A flight's aircraft or departure: the flight moves in the itineraries. Its own class, as above. */
    private static final class ScheduleDemand
            extends AbstractVariableDescriptorBasedDemand<DrawdownPlan, ScheduleListener> {

        /** The loads' listener, which keeps the itineraries; one per plan, like this demand's listener. */
        private final Listener loads;

        ScheduleDemand(VariableDescriptor<DrawdownPlan> variable, Listener loads) {
            super(variable);
            this.loads = loads;
        }

        @Override
        public ScheduleListener createExternalizedSupply(SupplyManager supplyManager) {
            return new ScheduleListener(variableDescriptor, loads);
        }
    }

    private static final class ScheduleListener implements SourcedBasicVariableListener<DrawdownPlan, Flight> {

        private final VariableDescriptor<DrawdownPlan> variable;
        private final Listener loads;

        ScheduleListener(VariableDescriptor<DrawdownPlan> variable, Listener loads) {
            this.variable = variable;
            this.loads = loads;
        }

        @Override
        public VariableDescriptor<DrawdownPlan> getSourceVariableDescriptor() {
            return variable;
        }

        /** The loads' listener builds the itineraries afresh. */
        @Override
        public void resetWorkingSolution(InnerScoreDirector<DrawdownPlan, ?> scoreDirector) {
        }

        @Override
        public void beforeChange(InnerScoreDirector<DrawdownPlan, ?> scoreDirector,
                BasicVariableChangeEvent<Flight> event) {
            loads.itineraries.remove(event.entity());
        }

        @Override
        public void afterChange(InnerScoreDirector<DrawdownPlan, ?> scoreDirector,
                BasicVariableChangeEvent<Flight> event) {
            if (loads.isFlown(event.entity())) {
                loads.itineraries.put(event.entity());
            }
        }
    }

    /** The loads of each flight, by the flight's index, and the aircraft's flown flights. */
    private static final class Listener implements SourcedBasicVariableListener<DrawdownPlan, Load> {

        private final VariableDescriptor<DrawdownPlan> variable;
        private List<Aboard> byFlight = List.of();
        private FlownItineraries itineraries;

        Listener(VariableDescriptor<DrawdownPlan> variable) {
            this.variable = variable;
        }

        @Override
        public VariableDescriptor<DrawdownPlan> getSourceVariableDescriptor() {
            return variable;
        }

        Aboard aboard(Flight flight) {
            return byFlight.get(flight.getIndex());
        }

        boolean isFlown(Flight flight) {
            return !aboard(flight).loads.isEmpty();
        }

        /** On demand, and whenever Timefold is given another working plan. */
        @Override
        public void resetWorkingSolution(InnerScoreDirector<DrawdownPlan, ?> scoreDirector) {
            DrawdownPlan plan = scoreDirector.getWorkingSolution();
            int flights = plan.getFlights().stream().mapToInt(Flight::getIndex).max().orElse(-1) + 1;
            byFlight = new ArrayList<>(flights);
            for (int index = 0; index < flights; index++) {
                byFlight.add(new Aboard());
            }
            for (List<? extends Load> loads : List.of(plan.getCargo(), plan.getPersonnel())) {
                for (Load load : loads) {
                    if (load.getFlight() != null) {
                        aboard(load.getFlight()).add(load);
                    }
                }
            }
            itineraries = new FlownItineraries(plan, this::isFlown);
        }

        @Override
        public void beforeChange(InnerScoreDirector<DrawdownPlan, ?> scoreDirector,
                BasicVariableChangeEvent<Load> event) {
            Flight flight = event.entity().getFlight();
            if (flight != null) {
                aboard(flight).remove(event.entity());
                if (!isFlown(flight)) {
                    itineraries.remove(flight);
                }
            }
        }

        @Override
        public void afterChange(InnerScoreDirector<DrawdownPlan, ?> scoreDirector,
                BasicVariableChangeEvent<Load> event) {
            Flight flight = event.entity().getFlight();
            if (flight != null) {
                aboard(flight).add(event.entity());
                if (aboard(flight).loads.size() == 1) {
                    itineraries.put(flight);
                }
            }
        }
    }
}
