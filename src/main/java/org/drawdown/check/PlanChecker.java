package org.drawdown.check;

import static org.drawdown.check.Breach.CONSISTENCY;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanJson.FlightJson;
import org.drawdown.io.ScenarioJson;
import org.drawdown.io.ScenarioJson.AircraftJson;
import org.drawdown.io.ScenarioJson.AirfieldJson;
import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;

/**
 * The independent second opinion on a plan: checks a plan file against its scenario, rule by rule as the contract words
 * them ({@link Rules}), and checks that every id, figure, cost and the score say what the scenario implies.
 * <p>
 * It reads nothing but the two files and shares no code with the solver or its domain model, so that a mistake in
 * either shows up as a disagreement instead of being confirmed. Every figure is computed here, from the scenario;
 * the figures a plan states are only compared.
 * <p>
 * A plan from {@code solve} is checked whole. A plan from {@code replan} is checked with its "now" (flights before
 * it are history: not checked alone, but counted where they meet later ones, "Replanning") and, when given,
 * the plan in force: history must be kept as it was, and loads that fly otherwise cost {@code changeCostUsd}.
 */
public final class PlanChecker {

    private static final Pattern SCORE = Pattern.compile("(-?\\d+)hard/(-?\\d+)medium/(-?\\d+)soft");

    private final ScenarioFacts facts;
    private final ScenarioJson scenario;
    private final PlanJson plan;
    /** For each load id, the flights that list it, in file order; the flights are where the plan says it goes. */
    private final Map<String, List<FlightJson>> flightsListing = new LinkedHashMap<>();
    private final Findings findings = new Findings();
    private final Replanning replanning;

    /** The "now" of a replan, and the plan in force then (null when only "now" is known). */
    public record Replanning(Instant now, PlanJson inForce) {
    }

    private PlanChecker(ScenarioJson scenario, PlanJson plan, Replanning replanning) {
        this.facts = new ScenarioFacts(scenario);
        this.scenario = scenario;
        this.plan = plan;
        this.replanning = replanning;
        for (FlightJson flight : plan.flights()) {
            for (List<String> loads : List.of(flight.cargo(), flight.personnel())) {
                loads.forEach(id -> flightsListing.computeIfAbsent(id, key -> new ArrayList<>()).add(flight));
            }
        }
    }

    /**
     * Checks a plan against its scenario, which must come from {@link org.drawdown.io.ScenarioValidator} (defaults
     * filled in), and the plan from {@link org.drawdown.io.PlanReader} (structure complete).
     */
    public static CheckReport check(ScenarioJson scenario, PlanJson plan) {
        return new PlanChecker(scenario, plan, null).run();
    }

    /** As {@link #check(ScenarioJson, PlanJson)}, for the plan a replan wrote. */
    public static CheckReport check(ScenarioJson scenario, PlanJson plan, Replanning replanning) {
        return new PlanChecker(scenario, plan, replanning).run();
    }

    private CheckReport run() {
        if (!plan.scenario().equals(scenario.name())) {
            findings.add(CONSISTENCY, "scenario", "the plan names another scenario", quote(scenario.name()),
                    quote(plan.scenario()));
        }
        accountForIds();
        List<Sortie> sorties = resolveFlights();
        keptHistory();
        sorties.stream().filter(sortie -> !(sortie.history() && knowsPlanInForce())).forEach(this::statedFigures);
        new Rules(facts, flightsListing, findings).check(sorties);
        // A flight that cannot be resolved has no flying cost to add up; it is already a breach of its own.
        costAndScore(sorties.size() == plan.flights().size() ? OptionalLong.of(totalCostUsd(sorties))
                : OptionalLong.empty());
        return new CheckReport(findings.inReportOrder(), plan.flights().size(), plan.totalCostUsd());
    }

    // ************************************************************************
    // Id accounting and references
    // ************************************************************************

    /**
     * Every cargo and personnel id exactly once across flights[].cargo, flights[].personnel, leftBehind and
     * unassigned; each list holds only its own kind: cargo, personnel, optional cargo, mandatory cargo and personnel.
     */
    private void accountForIds() {
        Map<String, List<String>> places = new LinkedHashMap<>();
        for (FlightJson flight : plan.flights()) {
            listed(places, flight.cargo(), "flight " + flight.id() + " cargo", facts::isCargo, "cargo");
            listed(places, flight.personnel(), "flight " + flight.id() + " personnel", facts::isPersonnel,
                    "personnel groups");
        }
        listed(places, plan.leftBehind(), "leftBehind", id -> facts.isCargo(id) && !facts.cargo.get(id).mandatory(),
                "optional cargo");
        listed(places, plan.unassigned(), "unassigned",
                id -> facts.isPersonnel(id) || facts.isCargo(id) && facts.cargo.get(id).mandatory(),
                "mandatory cargo and personnel groups");
        List<String> scenarioIds = new ArrayList<>(facts.cargo.keySet());
        scenarioIds.addAll(facts.personnel.keySet());
        for (String id : scenarioIds) {
            List<String> where = places.getOrDefault(id, List.of());
            if (where.isEmpty()) {
                findings.add(CONSISTENCY, id, kindOf(id) + " missing from the plan",
                        "listed once in flights, leftBehind or unassigned", "not listed");
            } else if (where.size() > 1) {
                findings.add(CONSISTENCY, id, kindOf(id) + " listed more than once", "listed once",
                        "listed " + where.size() + " times: " + String.join(", ", where));
            }
        }
        places.forEach((id, where) -> {
            if (!facts.isCargo(id) && !facts.isPersonnel(id)) {
                findings.add(CONSISTENCY, id, "unknown id", "a cargo or personnel id of the scenario",
                        "listed in " + String.join(", ", where));
            }
        });
    }

    private void listed(Map<String, List<String>> places, List<String> ids, String list, Predicate<String> belongs,
            String holds) {
        for (String id : ids) {
            places.computeIfAbsent(id, key -> new ArrayList<>()).add(list);
            boolean known = facts.isCargo(id) || facts.isPersonnel(id);
            if (known && !belongs.test(id)) {
                findings.add(CONSISTENCY, id, "listed in " + list + ", which holds " + holds + " only", holds,
                        kindOf(id));
            }
        }
    }

    private String kindOf(String id) {
        if (facts.isPersonnel(id)) {
            return "personnel group";
        }
        return facts.cargo.get(id).mandatory() ? "mandatory cargo" : "optional cargo";
    }

    /**
     * Flight ids unique, flights carry something and depart on the slot grid, and their aircraft, airfields and
     * route are the scenario's. Returns the flights that resolve; the others cannot be held to the rules.
     */
    private List<Sortie> resolveFlights() {
        Set<String> ids = new HashSet<>();
        List<Sortie> sorties = new ArrayList<>();
        for (FlightJson flight : plan.flights()) {
            if (!ids.add(flight.id())) {
                findings.add(CONSISTENCY, flight.id(), "flight id used more than once", "a unique flight id",
                        "another flight " + flight.id());
            }
            if (flight.cargo().isEmpty() && flight.personnel().isEmpty()) {
                findings.add(CONSISTENCY, flight.id(), "flights lists only flights that carry something",
                        "at least one load", "none");
            }
            long fromStart = Formulas.minutesBetween(scenario.start(), flight.departure());
            if (Math.floorMod(fromStart, scenario.slotMinutes()) != 0) {
                findings.add(CONSISTENCY, flight.id(), "departure off the slot grid",
                        "start plus a multiple of " + scenario.slotMinutes() + " minutes", flight.departure());
            }
            resolve(flight).ifPresent(sorties::add);
        }
        return sorties;
    }

    private Optional<Sortie> resolve(FlightJson flight) {
        AircraftJson aircraft = known(flight, "aircraft", facts.aircraft, flight.aircraft());
        AirfieldJson origin = known(flight, "origin airfield", facts.airfields, flight.origin());
        AirfieldJson destination = known(flight, "destination airfield", facts.airfields, flight.destination());
        if (aircraft == null || origin == null || destination == null) {
            return Optional.empty();
        }
        OptionalInt distance = facts.distanceNm(origin.code(), destination.code());
        if (distance.isEmpty()) {
            findings.add(CONSISTENCY, flight.id(), "no route joins its airfields, so it cannot be flown or checked",
                    "a route of the scenario", flight.origin() + "-" + flight.destination());
            return Optional.empty();
        }
        List<CargoJson> cargo = flight.cargo().stream().map(facts.cargo::get).filter(Objects::nonNull).toList();
        List<PersonnelJson> personnel =
                flight.personnel().stream().map(facts.personnel::get).filter(Objects::nonNull).toList();
        return Optional.of(new Sortie(flight, aircraft, facts.typeOf(aircraft), origin, destination,
                distance.getAsInt(), cargo, personnel, isHistory(flight)));
    }

    private boolean isHistory(FlightJson flight) {
        return replanning != null && flight.departure().isBefore(replanning.now());
    }

    private boolean knowsPlanInForce() {
        return replanning != null && replanning.inForce() != null;
    }

    /**
     * A replan keeps every flight of the plan in force that departed before now exactly as it was, and plans no
     * other flight before now. History is compared to the plan in force instead of recomputed: it flew as stated.
     */
    private void keptHistory() {
        if (!knowsPlanInForce()) {
            return;
        }
        Map<String, FlightJson> flewBefore = new LinkedHashMap<>();
        // A flight that carries nothing is not flown (plans list only flights that carry something): none to keep.
        replanning.inForce().flights().stream()
                .filter(flight -> isHistory(flight) && !(flight.cargo().isEmpty() && flight.personnel().isEmpty()))
                .forEach(flight -> flewBefore.put(flight.id(), flight));
        Map<String, FlightJson> now = new LinkedHashMap<>();
        plan.flights().forEach(flight -> now.putIfAbsent(flight.id(), flight));
        flewBefore.forEach((id, flew) -> {
            if (!flew.equals(now.get(id))) {
                findings.add(CONSISTENCY, id, "a flight that departed before now is not kept as it flew",
                        "as in the plan in force", now.containsKey(id) ? "changed" : "missing");
            }
        });
        plan.flights().stream().filter(flight -> isHistory(flight) && !flewBefore.containsKey(flight.id()))
                .forEach(flight -> findings.add(CONSISTENCY, flight.id(), "a new flight departs before now",
                        "at or after " + replanning.now(), flight.departure()));
    }

    private <T> T known(FlightJson flight, String what, Map<String, T> byId, String id) {
        T found = byId.get(id);
        if (found == null) {
            findings.add(CONSISTENCY, flight.id(), "unknown " + what + ", so the flight cannot be checked",
                    "an " + what + " of the scenario", quote(id));
        }
        return found;
    }

    // ************************************************************************
    // Figures, cost and score
    // ************************************************************************

    private void statedFigures(Sortie sortie) {
        FlightJson file = sortie.file();
        if (!sortie.arrival().equals(file.arrival())) {
            findings.add(CONSISTENCY, sortie.id(), "arrival is not departure plus the flight time",
                    sortie.arrival() + " (" + sortie.flightMinutes() + " minutes)", file.arrival());
        }
        figure(sortie, "payloadKg", sortie.payloadKg(), file.payloadKg());
        // With passengers the type cannot seat, there is no count of positions; rule 2 already fails the plan.
        sortie.seatPositions().ifPresent(seats -> figure(sortie, "palletPositionsUsed",
                sortie.cargoPalletPositions() + seats, file.palletPositionsUsed()));
        figure(sortie, "passengers", sortie.passengers(), file.passengers());
        figure(sortie, "costUsd", sortie.flyingCostUsd(), file.costUsd());
    }

    private void figure(Sortie sortie, String field, long expected, long found) {
        if (expected != found) {
            findings.add(CONSISTENCY, sortie.id(), field + " is not what the scenario implies", expected, found);
        }
    }

    /**
     * Flying cost of every flight, the value of optional cargo on no flight, and each moved group's waiting; each
     * term rounded down on its own. A group listed on two flights (a breach already) waits for the first. With the
     * plan in force, each load it moved after now that now flies otherwise, or not at all, costs
     * {@code changeCostUsd}; a load it did not move costs nothing extra.
     */
    private long totalCostUsd(List<Sortie> sorties) {
        long flying = sorties.stream().mapToLong(Sortie::flyingCostUsd).sum();
        long leftBehind = facts.cargo.values().stream()
                .filter(item -> !item.mandatory() && !flightsListing.containsKey(item.id()))
                .mapToLong(CargoJson::valueUsd).sum();
        long waiting = facts.personnel.values().stream()
                .filter(group -> flightsListing.containsKey(group.id()))
                .mapToLong(group -> Formulas.waitingCostUsd(group, flightsListing.get(group.id()).get(0).departure(),
                        scenario.personDayCostUsd()))
                .sum();
        return flying + leftBehind + waiting + changeCostUsd();
    }

    private long changeCostUsd() {
        if (!knowsPlanInForce()) {
            return 0;
        }
        long changed = 0;
        for (FlightJson before : replanning.inForce().flights()) {
            if (isHistory(before)) {
                continue;
            }
            for (List<String> loads : List.of(before.cargo(), before.personnel())) {
                for (String id : loads) {
                    List<FlightJson> after = flightsListing.get(id);
                    boolean known = facts.isCargo(id) || facts.isPersonnel(id);
                    if (known && (after == null || !sameSortie(before, after.get(0)))) {
                        changed++;
                    }
                }
            }
        }
        return changed * scenario.changeCostUsd();
    }

    /** The contract: a load's flight changed when its departure, origin, destination or aircraft differs. */
    private static boolean sameSortie(FlightJson a, FlightJson b) {
        return a.departure().equals(b.departure()) && a.origin().equals(b.origin())
                && a.destination().equals(b.destination()) && a.aircraft().equals(b.aircraft());
    }

    /**
     * The total cost, the score and the feasible flag must agree with what was found. Hard and medium weights are
     * the solver's business, so of those two only the sign is checked: zero exactly when the rules they count hold.
     * The soft part must be minus the total cost.
     */
    private void costAndScore(OptionalLong totalCostUsd) {
        boolean hardBroken = findings.anyOf(rule -> rule >= 1 && rule <= 16);
        boolean mediumBroken = findings.anyOf(rule -> rule == 17);
        if (totalCostUsd.isPresent() && totalCostUsd.getAsLong() != plan.totalCostUsd()) {
            findings.add(CONSISTENCY, "totalCostUsd", "not the sum of the plan's costs", totalCostUsd.getAsLong(),
                    plan.totalCostUsd());
        }
        long soft = -totalCostUsd.orElse(plan.totalCostUsd());
        Matcher score = SCORE.matcher(plan.score());
        if (!score.matches()) {
            findings.add(CONSISTENCY, "score", "not a score of the form Xhard/Ymedium/Zsoft",
                    (hardBroken ? "a negative" : "0") + "hard/" + (mediumBroken ? "a negative" : "0") + "medium/"
                            + soft + "soft", quote(plan.score()));
        } else {
            scoreSign("hard", new BigInteger(score.group(1)), hardBroken, "rules 1-16");
            scoreSign("medium", new BigInteger(score.group(2)), mediumBroken, "rule 17");
            if (!new BigInteger(score.group(3)).equals(BigInteger.valueOf(soft))) {
                findings.add(CONSISTENCY, "score", "soft score is not minus the total cost", soft + "soft",
                        score.group(3) + "soft");
            }
        }
        boolean feasible = !hardBroken && !mediumBroken;
        if (plan.feasible() != feasible) {
            findings.add(CONSISTENCY, "feasible", "the flag disagrees with the rules checked", feasible,
                    plan.feasible());
        }
    }

    private void scoreSign(String level, BigInteger value, boolean broken, String rules) {
        if (broken ? value.signum() >= 0 : value.signum() != 0) {
            findings.add(CONSISTENCY, "score", level + " score disagrees with the breaches found",
                    broken ? "negative (" + rules + " broken)" : "0 (" + rules + " kept)", value + level);
        }
    }

    // ************************************************************************
    // Helpers
    // ************************************************************************

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
