package org.drawdown.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import org.drawdown.bound.ProvenBound;
import org.drawdown.domain.AircraftType;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Manifest;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.report.ScoreExplanation.ConstraintTotal;
import org.drawdown.report.ScoreExplanation.Match;
import org.drawdown.score.PlanConstraint;

/**
 * The plan report: one self-contained HTML page. Java works out every figure into the records below; the FreeMarker
 * template {@code report.ftlh} lays them out, and ECharts (inlined) draws the charts from {@link ChartData}, which
 * is written into the page as JSON.
 */
public final class ReportPage {

    /** Matches of each constraint the page lists. */
    static final int MATCHES_SHOWN = 10;
    /** Load ids a match names before it says how many more: a flight's whole load, as a rule. */
    private static final int LOADS_NAMED = 40;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A headline figure: cost cards and plan cards. An alarm card says the plan is infeasible. */
    public record Card(String label, String value, String note, boolean alarm) {
    }

    public record OriginRow(String code, String name, String people, String cargo, String lastDeparture,
            String limit, String margin, boolean late) {
    }

    public record ConstraintRow(String rule, String id, String unit, String score, long matchCount, String amount,
            boolean broken, List<MatchRow> matches) {
    }

    public record MatchRow(String score, String subject, String loads) {
    }

    /** A flown flight with its load sheet. Raw figures serve for sorting, formatted ones for reading. */
    public record FlightRow(String id, String aircraft, String type, String colour, String origin,
            String destination, long departureMs, String departure, String arrival, long payloadKg,
            long maxPayloadKg, double payloadPercent, long palletPositions, long maxPalletPositions,
            double palletPercent, long passengers, long seats, double seatPercent, long costUsd, boolean broken,
            boolean flown, List<LoadRow> loads, String search) {
    }

    /** An aircraft's schedule: its sorties and the positioning legs between them, in time order. */
    public record ScheduleTable(String aircraft, String type, String colour, String base, String summary,
            List<ScheduleLine> lines) {
    }

    /** A sortie with its load, or a positioning leg (no load; {@code flight} is the sortie it positions for). */
    public record ScheduleLine(String flight, boolean positioning, boolean flown, boolean broken, String departure,
            String from, String to, String arrival, String payloadKg, String palletPositions, String seats,
            String loads) {
    }

    /** A cargo item or a personnel group; {@code people} is 0 for cargo. */
    public record LoadRow(String id, String kind, String description, String category, String lane, long weightKg,
            long palletPositions, long people, String flags, long readyMs, String ready, long valueUsd) {
    }

    /** Everything the template shows. {@code comparison} is null when no older plan is given. */
    public record Page(String scenario, String planFile, boolean feasible, String score, List<Card> costCards,
            List<Card> planCards, List<OriginRow> origins, List<ConstraintRow> brokenRules,
            String stuckHeading, List<StuckLoads.Diagnosis> stuck, List<ConstraintRow> constraints,
            List<ChartData.TypeColor> types, List<FlightRow> flights, List<ScheduleTable> schedules,
            List<LoadRow> leftBehind, List<LoadRow> notMoved, PlanComparison comparison, int matchesShown,
            String replannedAt, int airfieldsOffMap, String chartJson, String echarts) {
    }

    private ReportPage() {
    }

    /** The page of a plan, with an older plan of the same scenario beside it when {@code before} is not null. */
    public static String render(AnalyzedPlan plan, AnalyzedPlan before) {
        return render(plan, before, ProvenBound.of(plan.plan()));
    }

    /** The same, with the scenario's bound already proven. */
    public static String render(AnalyzedPlan plan, AnalyzedPlan before, ProvenBound bound) {
        return render(page(plan, before, bound));
    }

    static Page page(AnalyzedPlan analyzed, AnalyzedPlan before, ProvenBound bound) {
        DrawdownPlan plan = analyzed.plan();
        PlanFigures figures = PlanFigures.of(plan, analyzed.analysis());
        List<ConstraintTotal> totals = ScoreExplanation.of(analyzed, Integer.MAX_VALUE);
        Set<String> brokenFlights = new LinkedHashSet<>();
        ScoreExplanation.broken(totals)
                .forEach(total -> total.worstMatches().forEach(match -> brokenFlights.addAll(match.flightIds())));
        List<ConstraintRow> rows = totals.stream().map(ReportPage::constraintRow).toList();
        List<AircraftSchedules.Schedule> schedules = AircraftSchedules.of(plan, analyzed.manifests().keySet());
        ChartData charts = ChartData.of(analyzed, schedules, brokenFlights, before);
        Map<String, String> colours = new HashMap<>();
        charts.types().forEach(type -> colours.put(type.code(), type.colour()));
        return new Page(plan.getName(), analyzed.fileName(), figures.feasible(), figures.score().toString(),
                costCards(figures, bound), planCards(plan, figures), origins(plan.getWindow(), figures),
                rows.stream().filter(ConstraintRow::broken).toList(), StuckLoads.heading(plan),
                StuckLoads.diagnose(plan), rows, charts.types(), flights(analyzed, brokenFlights, colours),
                schedules(analyzed, schedules, brokenFlights, colours), loads(plan, false), loads(plan, true),
                before == null ? null : PlanComparison.of(before, analyzed), MATCHES_SHOWN,
                analyzed.file().replannedAt() == null ? null : PlanSummary.time(analyzed.file().replannedAt()),
                plan.getAirfields().size() - charts.map().airfields().size(), json(charts), EChartsLibrary.source());
    }

    static String render(Page page) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(ReportPage.class, "/org/drawdown/report");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat(",##0.#");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        StringWriter out = new StringWriter();
        try {
            configuration.getTemplate("report.ftlh").process(Map.of("page", page), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("The report template does not fit its model", e);
        }
        return out.toString();
    }

    /** JSON to put inside a script element: no "<" at all, so nothing in it can close the element. */
    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart records always serialize", e);
        }
    }

    private static List<Card> costCards(PlanFigures figures, ProvenBound bound) {
        List<Card> cards = new ArrayList<>();
        cards.add(new Card("Total cost", Wording.usd(figures.totalCostUsd()), "the score's soft part, negated",
                false));
        for (PlanFigures.CostTerm term : figures.costs()) {
            cards.add(new Card(term.constraint().id(), Wording.usd(term.usd()),
                    String.format(Locale.ROOT, "%.1f%% of the total",
                            figures.totalCostUsd() == 0 ? 0 : 100.0 * term.usd() / figures.totalCostUsd()),
                    false));
        }
        cards.add(new Card("Lower bound", Wording.usd(bound.bestUsd()),
                bound.verdict(figures.totalCostUsd(), figures.feasible()) + " (" + bound.sources() + ")",
                bound.failedBy(figures.totalCostUsd(), figures.feasible())));
        return cards;
    }

    private static List<Card> planCards(DrawdownPlan plan, PlanFigures figures) {
        List<Card> cards = new ArrayList<>();
        cards.add(new Card("Flights", Wording.count(figures.flights()), figures.flightsByType().entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")), false));
        long people = figures.origins().stream().mapToLong(PlanFigures.OriginFigures::people).sum();
        long peopleMoved = figures.origins().stream().mapToLong(PlanFigures.OriginFigures::peopleMoved).sum();
        long cargoKg = figures.origins().stream().mapToLong(PlanFigures.OriginFigures::cargoKg).sum();
        long cargoMoved = figures.origins().stream().mapToLong(PlanFigures.OriginFigures::cargoKgMoved).sum();
        cards.add(new Card("People moved", Wording.count(peopleMoved), "of " + Wording.count(people), false));
        cards.add(new Card("Cargo moved", Wording.tonnes(cargoMoved), "of " + Wording.tonnes(cargoKg), false));
        cards.add(new Card("Optional items left", Wording.count(figures.leftBehindItems()),
                "worth " + Wording.usd(figures.leftBehindValueUsd()), false));
        if (figures.mandatoryItemsNotMoved() > 0 || figures.peopleNotMoved() > 0) {
            cards.add(new Card("Not moved", Wording.count(figures.mandatoryItemsNotMoved()),
                    "mandatory items, and " + Wording.count(figures.peopleNotMoved(), "person", "people"), true));
        }
        PlanningWindow window = plan.getWindow();
        cards.add(new Card("Deadline", Wording.day(window.utcDay(window.deadlineMinute())),
                Wording.time(window, window.deadlineMinute()) + ", from " + Wording.time(window, 0), false));
        return cards;
    }

    private static List<OriginRow> origins(PlanningWindow window, PlanFigures figures) {
        List<OriginRow> rows = new ArrayList<>();
        for (PlanFigures.OriginFigures origin : figures.origins()) {
            int limit = origin.airfield().closes() ? origin.airfield().getClosesAtMinute() : window.deadlineMinute();
            Integer last = origin.lastDepartureMinute();
            String margin = last == null ? "" : last <= limit ? PlanSummary.duration(limit - last) + " to spare"
                    : PlanSummary.duration(last - limit) + " late";
            rows.add(new OriginRow(origin.airfield().getCode(), origin.airfield().getName(),
                    Wording.count(origin.peopleMoved()) + " of " + Wording.count(origin.people()),
                    Wording.tonnes(origin.cargoKgMoved()) + " of " + Wording.tonnes(origin.cargoKg()),
                    last == null ? "none" : Wording.time(window, last),
                    (origin.airfield().closes() ? "closes " : "deadline ") + Wording.time(window, limit), margin,
                    last != null && (origin.airfield().closes() ? last >= limit : last > limit)));
        }
        return rows;
    }

    private static ConstraintRow constraintRow(ConstraintTotal total) {
        PlanConstraint constraint = total.constraint();
        List<MatchRow> matches = new ArrayList<>();
        for (Match match : total.worstMatches().subList(0, Math.min(MATCHES_SHOWN, total.worstMatches().size()))) {
            matches.add(new MatchRow(match.score().toString(), match.subject(),
                    Wording.names(match.loads(), LOADS_NAMED)));
        }
        String amount = constraint.isRule() ? constraint.amount(total.amount())
                : Wording.usd(total.amount());
        return new ConstraintRow(constraint.isRule() ? "rule " + constraint.rule() : "cost", constraint.id(),
                constraint.unit(), total.score().toString(), total.matchCount(), amount, total.broken(), matches);
    }

    private static List<FlightRow> flights(AnalyzedPlan analyzed, Set<String> brokenFlights,
            Map<String, String> colours) {
        PlanningWindow window = analyzed.plan().getWindow();
        List<FlightRow> rows = new ArrayList<>();
        for (Map.Entry<Flight, Manifest> entry : analyzed.manifests().entrySet()) {
            Flight flight = entry.getKey();
            Manifest manifest = entry.getValue();
            AircraftType type = flight.getType();
            List<LoadRow> loads = new ArrayList<>();
            manifest.cargo().forEach(item -> loads.add(cargoRow(window, item)));
            manifest.personnel().forEach(group -> loads.add(personnelRow(window, group)));
            int positions = manifest.palletPositionsUsed(type);
            String search = (flight.getId() + " " + flight.getAircraft().getId() + " " + type.getCode() + " "
                    + flight.getOrigin().getCode() + " " + flight.getDestination().getCode() + " "
                    + loads.stream().map(load -> load.id() + " " + load.description() + " " + load.category())
                            .collect(Collectors.joining(" "))).toLowerCase(Locale.ROOT);
            rows.add(new FlightRow(flight.getId(), flight.getAircraft().getId(), type.getCode(),
                    colours.get(type.getCode()), flight.getOrigin().getCode(), flight.getDestination().getCode(),
                    window.instantOf(flight.getDepartureMinute()).toEpochMilli(),
                    Wording.time(window, flight.getDepartureMinute()), Wording.time(window, flight.getArrivalMinute()),
                    manifest.weightKg(), type.getMaxPayloadKg(),
                    ChartData.percent(manifest.weightKg(), type.getMaxPayloadKg()), positions,
                    type.getPalletPositions(), ChartData.percent(positions, type.getPalletPositions()),
                    manifest.passengers(), type.getSeats(), ChartData.percent(manifest.passengers(), type.getSeats()),
                    flight.getFlyingCostUsd(), brokenFlights.contains(flight.getId()),
                    analyzed.departedBeforeReplan(flight), loads, search));
        }
        return rows;
    }

    private static List<ScheduleTable> schedules(AnalyzedPlan analyzed, List<AircraftSchedules.Schedule> schedules,
            Set<String> brokenFlights, Map<String, String> colours) {
        PlanningWindow window = analyzed.plan().getWindow();
        List<ScheduleTable> tables = new ArrayList<>();
        for (AircraftSchedules.Schedule schedule : schedules) {
            List<ScheduleLine> lines = new ArrayList<>();
            for (AircraftSchedules.ScheduledLeg leg : schedule.legs()) {
                Flight flight = leg.flight();
                String departure = Wording.time(window, leg.departureMinute());
                String arrival = Wording.time(window, leg.arrivalMinute());
                if (leg.positioning()) {
                    lines.add(new ScheduleLine(flight.getId(), true, analyzed.departedBeforeReplan(flight), false,
                            departure, leg.from().getCode(), leg.to().getCode(), arrival, "", "", "", ""));
                    continue;
                }
                Manifest manifest = analyzed.manifests().get(flight);
                AircraftType type = flight.getType();
                lines.add(new ScheduleLine(flight.getId(), false, analyzed.departedBeforeReplan(flight),
                        brokenFlights.contains(flight.getId()), departure, leg.from().getCode(), leg.to().getCode(),
                        arrival, Wording.count(manifest.weightKg()) + " / " + Wording.count(type.getMaxPayloadKg()),
                        manifest.palletPositionsUsed(type) + " / " + type.getPalletPositions(),
                        manifest.passengers() + " / " + type.getSeats(),
                        Wording.count(manifest.cargo().size() + manifest.personnel().size())));
            }
            long sorties = schedule.legs().stream().filter(leg -> !leg.positioning()).count();
            tables.add(new ScheduleTable(schedule.aircraft().getId(), schedule.aircraft().getType().getCode(),
                    colours.get(schedule.aircraft().getType().getCode()), schedule.aircraft().getBase().getCode(),
                    Wording.count(sorties, "sortie", "sorties") + ", "
                            + Wording.count(schedule.legs().size() - sorties, "positioning leg", "positioning legs"),
                    lines));
        }
        return tables;
    }

    /** Loads no flight carries: mandatory ones (not moved) or optional ones (left behind, most valuable first). */
    private static List<LoadRow> loads(DrawdownPlan plan, boolean mandatory) {
        PlanningWindow window = plan.getWindow();
        List<LoadRow> rows = new ArrayList<>();
        plan.getCargo().stream().filter(item -> item.getFlight() == null && item.isMandatory() == mandatory)
                .sorted(Comparator.comparingLong(CargoItem::getValueUsd).reversed())
                .forEach(item -> rows.add(cargoRow(window, item)));
        if (mandatory) {
            plan.getPersonnel().stream().filter(group -> group.getFlight() == null)
                    .forEach(group -> rows.add(personnelRow(window, group)));
        }
        return rows;
    }

    private static LoadRow cargoRow(PlanningWindow window, CargoItem item) {
        List<String> flags = new ArrayList<>();
        if (item.isOutsize()) {
            flags.add("outsize");
        }
        if (item.isSensitive()) {
            flags.add("sensitive");
        }
        if (!item.isPassengerCompatible()) {
            flags.add("no passengers");
        }
        if (!item.isMandatory()) {
            flags.add("optional");
        }
        return new LoadRow(item.getId(), "cargo", item.getDescription() == null ? "" : item.getDescription(),
                item.getCategory() == null ? "" : item.getCategory(), item.getLane().getId(), item.getWeightKg(),
                item.getPalletPositions(), 0, String.join(", ", flags),
                window.instantOf(item.getReadyMinute()).toEpochMilli(), Wording.time(window, item.getReadyMinute()),
                item.getValueUsd());
    }

    private static LoadRow personnelRow(PlanningWindow window, PersonnelGroup group) {
        return new LoadRow(group.getId(), "personnel", group.getUnit() == null ? "" : group.getUnit(), "",
                group.getLane().getId(), group.getWeightKg(), 0, group.getCount(), group.isSecurity() ? "security" : "",
                window.instantOf(group.getReadyMinute()).toEpochMilli(), Wording.time(window, group.getReadyMinute()),
                0);
    }
}
