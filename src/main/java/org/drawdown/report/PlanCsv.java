package org.drawdown.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.drawdown.domain.AircraftType;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;
import org.drawdown.domain.Manifest;
import org.drawdown.domain.PersonnelGroup;
import org.drawdown.domain.PlanningWindow;
import org.drawdown.io.PlanChanges;
import org.drawdown.io.PlanJson.FlightJson;

/**
 * A plan as two CSV files a spreadsheet opens directly (RFC 4180: commas, CRLF, quotes where needed): one row a
 * flown flight, and one row a load of the scenario with its flight, or why it has none. Times are UTC as
 * {@code 2024-06-07 06:00}, which spreadsheets read as a date and time.
 */
public final class PlanCsv {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    public static final List<String> FLIGHT_COLUMNS = List.of("flight", "aircraft", "type", "origin",
            "destination", "departure_utc", "arrival_utc", "flight_minutes", "payload_kg", "max_payload_kg",
            "pallet_positions", "type_pallet_positions", "passengers", "seats", "cargo_items", "personnel_groups",
            "cost_usd");
    public static final List<String> LOAD_COLUMNS = List.of("load", "kind", "status", "flight", "aircraft",
            "origin", "destination", "departure_utc", "description", "category", "weight_kg", "pallet_positions",
            "people", "outsize", "sensitive", "passenger_compatible", "security", "mandatory", "value_usd",
            "ready_utc");
    public static final List<String> CHANGE_COLUMNS = List.of("change", "flight", "new_flight", "load", "before",
            "after");

    private PlanCsv() {
    }

    /** One row a flown flight, in plan file order. */
    public static String flights(AnalyzedPlan plan) {
        PlanningWindow window = plan.plan().getWindow();
        StringBuilder out = new StringBuilder();
        row(out, FLIGHT_COLUMNS);
        for (Map.Entry<Flight, Manifest> entry : plan.manifests().entrySet()) {
            Flight flight = entry.getKey();
            Manifest manifest = entry.getValue();
            AircraftType type = flight.getType();
            row(out, List.of(flight.getId(), flight.getAircraft().getId(), type.getCode(),
                    flight.getOrigin().getCode(), flight.getDestination().getCode(),
                    time(window, flight.getDepartureMinute()), time(window, flight.getArrivalMinute()),
                    Integer.toString(flight.getFlightMinutes()), Integer.toString(manifest.weightKg()),
                    Integer.toString(type.getMaxPayloadKg()), Integer.toString(manifest.palletPositionsUsed(type)),
                    Integer.toString(type.getPalletPositions()), Integer.toString(manifest.passengers()),
                    Integer.toString(type.getSeats()), Integer.toString(manifest.cargo().size()),
                    Integer.toString(manifest.personnel().size()), Long.toString(flight.getFlyingCostUsd())));
        }
        return out.toString();
    }

    /** One row a load of the scenario, cargo then personnel, in scenario order. */
    public static String loads(AnalyzedPlan plan) {
        PlanningWindow window = plan.plan().getWindow();
        StringBuilder out = new StringBuilder();
        row(out, LOAD_COLUMNS);
        for (CargoItem item : plan.plan().getCargo()) {
            row(out, loadRow(window, item, "cargo", item.getDescription(), item.getCategory(), "",
                    item.isSensitive(), item.isPassengerCompatible(), false, item.getValueUsd()));
        }
        for (PersonnelGroup group : plan.plan().getPersonnel()) {
            row(out, loadRow(window, group, "personnel", group.getUnit(), "", Integer.toString(group.getCount()),
                    false, true, group.isSecurity(), 0));
        }
        return out.toString();
    }

    /**
     * What changed from {@code before} to {@code after} ({@link PlanChanges}), one row a change: "retimed" and "new
     * aircraft" (a flight and the one that carries it on), "cancelled", "added", "load moved" (a load now on another
     * departure, lane or aircraft, or newly left behind: then it has no new flight), and a last row "cost".
     */
    public static String changes(AnalyzedPlan before, AnalyzedPlan after) {
        PlanChanges changes = PlanChanges.between(before.file(), after.file());
        Map<String, Load> loads = after.loadsById();
        StringBuilder out = new StringBuilder();
        row(out, CHANGE_COLUMNS);
        changes.retimed().forEach(s -> row(out, List.of("retimed", s.before().id(), s.after().id(), "",
                TIME.format(s.before().departure()), TIME.format(s.after().departure()))));
        changes.retailed().forEach(s -> row(out, List.of("new aircraft", s.before().id(), s.after().id(), "",
                s.before().aircraft(), s.after().aircraft())));
        changes.cancelled().forEach(f -> row(out, List.of("cancelled", f.id(), "", "", sortie(f), "")));
        changes.added().forEach(f -> row(out, List.of("added", "", f.id(), "", "", sortie(f))));
        for (PlanChanges.LoadChange change : changes.loadsMoved()) {
            FlightJson is = change.after();
            row(out, List.of("load moved", change.before().id(), is == null ? "" : is.id(), change.load(),
                    sortie(change.before()), is == null ? status(loads.get(change.load())) : sortie(is)));
        }
        row(out, List.of("cost", "", "", "", Long.toString(changes.costBefore()), Long.toString(changes.costAfter())));
        return out.toString();
    }

    /** Moved, or why not: optional cargo is left behind by choice, anything else is not moved (rule 17). */
    static String status(Load load) {
        if (load.getFlight() != null) {
            return "moved";
        }
        return load.isMandatory() ? "not moved" : "left behind";
    }

    private static List<String> loadRow(PlanningWindow window, Load load, String kind, String description,
            String category, String people, boolean sensitive, boolean passengerCompatible, boolean security,
            long valueUsd) {
        Flight flight = load.getFlight();
        List<String> cells = new ArrayList<>(List.of(load.getId(), kind, status(load)));
        if (flight == null) {
            cells.addAll(List.of("", "", load.getLane().getOrigin().getCode(),
                    load.getLane().getDestination().getCode(), ""));
        } else {
            cells.addAll(List.of(flight.getId(), flight.getAircraft().getId(), flight.getOrigin().getCode(),
                    flight.getDestination().getCode(), time(window, flight.getDepartureMinute())));
        }
        cells.addAll(List.of(nullToEmpty(description), nullToEmpty(category), Integer.toString(load.getWeightKg()),
                Integer.toString(load.getPalletPositions()), people, Boolean.toString(load.isOutsize()),
                Boolean.toString(sensitive), Boolean.toString(passengerCompatible), Boolean.toString(security),
                Boolean.toString(load.isMandatory()), Long.toString(valueUsd),
                time(window, load.getReadyMinute())));
        return cells;
    }

    /** "C17-05 DRZA-LICZ 2024-07-12 06:00": what makes a flight the flight it is. */
    private static String sortie(FlightJson flight) {
        return flight.aircraft() + " " + flight.origin() + "-" + flight.destination() + " "
                + TIME.format(flight.departure());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String time(PlanningWindow window, int minute) {
        return TIME.format(window.instantOf(minute));
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
