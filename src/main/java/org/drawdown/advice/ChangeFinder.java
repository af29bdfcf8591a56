package org.drawdown.advice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

import org.drawdown.domain.Aircraft;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Airfield;
import org.drawdown.domain.Clearance;
import org.drawdown.domain.ClearanceUse;
import org.drawdown.domain.CountryClearances;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioJson.AircraftJson;
import org.drawdown.io.ScenarioJson.AirfieldJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.ClearanceJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;
import org.drawdown.report.StuckLoads.Diagnosis;
import org.drawdown.report.StuckLoads.NearMiss;
import org.drawdown.report.Wording;

/**
 * The single changes worth trying, read off what blocks the stuck loads: each probe of the stuck-load diagnosis that
 * breaks one rule alone says which field of the scenario holds the load back and how far it would have to give for
 * that departure to open (a closure just after it, a clearance stretched just over it, a cap one higher). Changes of
 * one field of one entry form a ladder from the smallest to the largest; loads that could fly alone, held back by the
 * other flights, get the capacities of their lane one notch up at a time.
 */
final class ChangeFinder {

    /** A daily cap or a ramp is raised by at most this much: beyond it, the limit is not what holds the loads. */
    private static final int MOST_STEPS = 50;

    /**
     * @param ladders the changes of each field of each entry, smallest first
     * @param unrelaxable the rules that hold stuck loads back on their own and that no change here relaxes
     */
    record Candidates(List<List<ScenarioChange>> ladders, List<String> unrelaxable) {
    }

    private final DrawdownPlan plan;
    private final PlanningWindow window;
    private final ScenarioJson scenario;
    private final Map<String, Load> loadsById = new LinkedHashMap<>();
    private final Map<String, List<ScenarioChange>> byTarget = new LinkedHashMap<>();
    private final Set<String> unrelaxable = new LinkedHashSet<>();
    /** Per lane, the stuck loads whose readiness alone keeps them off some departure, and those departures. */
    private final Map<String, LaneReadiness> readyBy = new LinkedHashMap<>();

    private static final class LaneReadiness {
        private final Set<String> loads = new LinkedHashSet<>();
        private final Set<Integer> departures = new LinkedHashSet<>();

        void add(List<String> stuck, int departure) {
            loads.addAll(stuck);
            departures.add(departure);
        }
    }

    private ChangeFinder(DrawdownPlan plan, ScenarioJson scenario) {
        this.plan = plan;
        this.window = plan.getWindow();
        this.scenario = scenario;
        plan.getCargo().forEach(item -> loadsById.put(item.getId(), item));
        plan.getPersonnel().forEach(group -> loadsById.put(group.getId(), group));
    }

    /**
     * The changes that could free the diagnosed loads.
     *
     * @param scenario the scenario as its file was read, which the changes edit
     */
    static Candidates find(DrawdownPlan plan, ScenarioJson scenario, List<Diagnosis> diagnoses) {
        ChangeFinder finder = new ChangeFinder(plan, scenario);
        diagnoses.forEach(finder::add);
        finder.readyBy.forEach((lane, readiness) -> readiness.departures
                .forEach(departure -> finder.readyEarlier(lane, readiness.loads, departure)));
        List<List<ScenarioChange>> ladders = new ArrayList<>();
        for (List<ScenarioChange> ladder : finder.byTarget.values()) {
            Set<String> values = new HashSet<>();
            ladders.add(ladder.stream().sorted(Comparator.comparingLong(ScenarioChange::size))
                    .filter(change -> values.add(change.to())).toList());
        }
        return new Candidates(ladders, List.copyOf(finder.unrelaxable));
    }

    private void add(Diagnosis diagnosis) {
        int steps = Math.min(MOST_STEPS, diagnosis.loads().size());
        if (diagnosis.couldFlyOn() != null) {
            Flight open = diagnosis.couldFlyOn();
            moreDepartures(open.getOrigin(), steps);
            moreParking(open.getOrigin(), steps);
            moreParking(open.getDestination(), steps);
            oneMoreAircraft(open);
            return;
        }
        for (NearMiss nearMiss : diagnosis.nearMisses()) {
            Flight probe = nearMiss.probe();
            switch (nearMiss.constraint()) {
                case BASE_CLOSURE -> closureLater(probe);
                case CLEARANCE -> clearanceWidened(probe);
                case CLEARANCE_DAILY_CAP -> probe.getClearanceUses().stream().map(ClearanceUse::clearance)
                        .forEach(clearance -> moreClearanceFlights(clearance, steps));
                case DEPARTURES_PER_DAY -> moreDepartures(probe.getOrigin(), steps);
                case READINESS -> readyBy.computeIfAbsent(diagnosis.lane(), lane -> new LaneReadiness())
                        .add(diagnosis.loads(), probe.getDepartureMinute());
                case AIRCRAFT_TURNAROUND, AIRCRAFT_AVAILABILITY, POSITIONING_RANGE, POSITIONING_ROUTE ->
                        oneMoreAircraft(probe);
                default -> unrelaxable.add("rule " + nearMiss.constraint().rule() + " "
                        + nearMiss.constraint().id() + " (" + diagnosis.lane() + ")");
            }
        }
    }

    /** The origin closes one slot after the probe departs, so that the probe's departure is the last before it. */
    private void closureLater(Flight probe) {
        Airfield origin = probe.getOrigin();
        int closesAt = probe.getDepartureMinute() + window.slotMinutes();
        Instant to = window.instantOf(closesAt);
        add(ScenarioChange.of("airfield " + origin.getCode(), "closesAt",
                window.instantOf(origin.getClosesAtMinute()).toString(), to.toString(),
                closesAt - (long) origin.getClosesAtMinute(), s -> ScenarioEdits.airfields(s,
                        a -> !a.code().equals(origin.getCode()) ? a : new AirfieldJson(a.code(), a.name(),
                                a.country(), a.latitude(), a.longitude(), a.maxDeparturesPerDay(),
                                a.parkingSpots(), to))));
    }

    /**
     * The nearest clearance of the one country that the probe lacks, stretched to cover its departure: the one
     * before it ends a slot after the departure, the one after it starts at the departure. Neither is stretched
     * into another clearance of the country, which the scenario forbids.
     */
    private void clearanceWidened(Flight probe) {
        AircraftType type = probe.getType();
        int departure = probe.getDepartureMinute();
        List<CountryClearances> lacking = probe.getLane().getRequiredClearances().stream()
                .filter(country -> country.minutesToValid(departure, type) > 0).toList();
        if (lacking.size() != 1) {
            return;
        }
        if (lacking.get(0).minutesToValid(departure, type) == CountryClearances.NEVER_CLEARED) {
            unrelaxable.add("rule 8 Clearance: no clearance of " + lacking.get(0).getCountry() + " covers "
                    + type.getCode() + " (" + probe.getLane().getId() + ")");
            return;
        }
        List<Clearance> ofCountry = plan.getClearances().stream()
                .filter(clearance -> clearance.getCountry().equals(lacking.get(0).getCountry()))
                .sorted(Comparator.comparingInt(Clearance::getValidFromMinute)).toList();
        ofCountry.stream().filter(c -> c.lists(type) && c.getValidToMinute() <= departure)
                .reduce((first, second) -> second).ifPresent(before -> {
                    int validTo = ofCountry.stream().mapToInt(Clearance::getValidFromMinute)
                            .filter(from -> from >= before.getValidToMinute())
                            .reduce(departure + window.slotMinutes(), Math::min);
                    if (validTo > departure) {
                        clearanceChange(before, "validTo", before.getValidToMinute(), validTo);
                    }
                });
        ofCountry.stream().filter(c -> c.lists(type) && c.getValidFromMinute() > departure).findFirst()
                .ifPresent(after -> {
                    int validFrom = ofCountry.stream().mapToInt(Clearance::getValidToMinute)
                            .filter(to -> to <= after.getValidFromMinute()).reduce(departure, Math::max);
                    if (validFrom <= departure) {
                        clearanceChange(after, "validFrom", after.getValidFromMinute(), validFrom);
                    }
                });
    }

    private void clearanceChange(Clearance clearance, String field, int fromMinute, int toMinute) {
        Instant to = window.instantOf(toMinute);
        boolean end = field.equals("validTo");
        add(ScenarioChange.of("clearance " + clearance.getId(), field, window.instantOf(fromMinute).toString(),
                to.toString(), Math.abs((long) toMinute - fromMinute), s -> ScenarioEdits.clearances(s,
                        c -> !c.id().equals(clearance.getId()) ? c : new ClearanceJson(c.id(), c.country(),
                                end ? c.validFrom() : to, end ? to : c.validTo(), c.maxFlightsPerDay(),
                                c.aircraftTypes()))));
    }

    private void moreClearanceFlights(Clearance clearance, int steps) {
        ladder("clearance " + clearance.getId(), "maxFlightsPerDay", clearance.getMaxFlightsPerDay(), steps,
                cap -> s -> ScenarioEdits.clearances(s, c -> !c.id().equals(clearance.getId()) ? c
                        : new ClearanceJson(c.id(), c.country(), c.validFrom(), c.validTo(), cap,
                                c.aircraftTypes())));
    }

    private void moreDepartures(Airfield airfield, int steps) {
        ladder("airfield " + airfield.getCode(), "maxDeparturesPerDay", airfield.getMaxDeparturesPerDay(), steps,
                cap -> s -> ScenarioEdits.airfields(s, a -> !a.code().equals(airfield.getCode()) ? a
                        : new AirfieldJson(a.code(), a.name(), a.country(), a.latitude(), a.longitude(), cap,
                                a.parkingSpots(), a.closesAt())));
    }

    private void moreParking(Airfield airfield, int steps) {
        ladder("airfield " + airfield.getCode(), "parkingSpots", airfield.getParkingSpots(), steps,
                spots -> s -> ScenarioEdits.airfields(s, a -> !a.code().equals(airfield.getCode()) ? a
                        : new AirfieldJson(a.code(), a.name(), a.country(), a.latitude(), a.longitude(),
                                a.maxDeparturesPerDay(), spots, a.closesAt())));
    }

    /** A limit raised by one, two, ... up to {@code steps}. */
    private void ladder(String subject, String field, int limit, int steps,
            IntFunction<UnaryOperator<ScenarioJson>> raisedTo) {
        for (int step = 1; step <= steps && limit <= Integer.MAX_VALUE - step; step++) {
            add(ScenarioChange.of(subject, field, Integer.toString(limit), Integer.toString(limit + step), step,
                    raisedTo.apply(limit + step)));
        }
    }

    /**
     * The lane's stuck loads ready in time for a departure that their readiness alone kept them off, those ready
     * later moved back to it: one change, since what makes loads ready earlier (a convoy, a packing team) serves the
     * lane's loads together.
     */
    private void readyEarlier(String lane, Set<String> loadIds, int departure) {
        List<Load> late = loadIds.stream().map(loadsById::get).filter(load -> load.getReadyMinute() > departure)
                .toList();
        if (late.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>(late.stream().map(Load::getId).toList());
        int latest = late.stream().mapToInt(Load::getReadyMinute).max().orElseThrow();
        boolean alike = late.stream().allMatch(load -> load.getReadyMinute() == latest);
        Instant to = window.instantOf(departure);
        Function<Instant, Instant> earlier = readyAt -> readyAt == null || readyAt.isAfter(to) ? to : readyAt;
        add(new ScenarioChange("readiness on " + lane, (late.size() == 1 ? "load " : "loads ")
                + Wording.names(late.stream().map(Load::getId).toList(), 4), "readyAt",
                (alike ? "" : "up to ") + window.instantOf(latest), to.toString(), latest - (long) departure,
                s -> ScenarioEdits.loads(s,
                        c -> !ids.contains(c.id()) ? c : new CargoJson(c.id(), c.description(), c.category(),
                                c.origin(), c.destination(), c.weightKg(), c.palletPositions(), c.outsize(),
                                c.sensitive(), c.passengerCompatible(), c.mandatory(), c.valueUsd(),
                                earlier.apply(c.readyAt())),
                        p -> !ids.contains(p.id()) ? p : new PersonnelJson(p.id(), p.unit(), p.origin(),
                                p.destination(), p.count(), p.kgPerPerson(), p.security(),
                                earlier.apply(p.readyAt())))));
    }

    /**
     * One more aircraft of the probe's type, based at the lane's origin so that it needs no positioning, over the
     * probe aircraft's window stretched (when it must be) to the probe's departure and arrival.
     */
    private void oneMoreAircraft(Flight probe) {
        Aircraft model = probe.getAircraft();
        AircraftType type = model.getType();
        String base = probe.getOrigin().getCode();
        int from = Math.min(model.getAvailableFromMinute(), probe.getDepartureMinute() - type.getGroundMinutes());
        int to = Math.max(model.getAvailableToMinute(), probe.getArrivalMinute());
        String id = newAircraftId(type.getCode());
        AircraftJson added = new AircraftJson(id, type.getCode(), base, window.instantOf(from), window.instantOf(to));
        long ofType = plan.getAircraft().stream().filter(aircraft -> aircraft.getType() == type).count();
        add(ScenarioChange.of("aircraft of type " + type.getCode() + " based at " + base, "count",
                Long.toString(ofType), (ofType + 1) + " (" + id + ", available " + added.availableFrom() + " to "
                        + added.availableTo() + ")", (long) to - from,
                s -> ScenarioEdits.plusAircraft(s, added)));
    }

    private String newAircraftId(String typeCode) {
        Set<String> taken = new HashSet<>(loadsById.keySet());
        scenario.aircraft().forEach(aircraft -> taken.add(aircraft.id()));
        String id = typeCode + "-ADDED";
        for (int n = 2; taken.contains(id); n++) {
            id = typeCode + "-ADDED-" + n;
        }
        return id;
    }

    private void add(ScenarioChange change) {
        byTarget.computeIfAbsent(change.target(), target -> new ArrayList<>()).add(change);
    }
}
