package org.drawdown.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.drawdown.io.PlanChanges;
import org.drawdown.io.PlanChanges.Succession;
import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanJson.FlightJson;

/** What a replan changed, as {@code replan} prints it: a line for each kind of {@link PlanChanges}. */
public final class ChangesText {

    private ChangesText() {
    }

    public static String of(PlanJson inForce, PlanJson replanned, Instant now) {
        PlanChanges changes = PlanChanges.between(inForce, replanned);
        long history = inForce.flights().stream().filter(flight -> flight.departure().isBefore(now)).count();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Replanned from %s: %s.%n", PlanSummary.time(now),
                Wording.count(history, "flight is history and stays as it was",
                        "flights are history and stay as they were")));
        line(out, "Retimed", changes.retimed().stream().map(s -> describe(s, PlanSummary.time(s.before().departure()),
                PlanSummary.time(s.after().departure()))).toList());
        line(out, "New aircraft", changes.retailed().stream()
                .map(s -> describe(s, s.before().aircraft(), s.after().aircraft())).toList());
        line(out, "Cancelled", changes.cancelled().stream().map(FlightJson::id).toList());
        line(out, "Added", changes.added().stream().map(FlightJson::id).toList());
        line(out, "Loads moved", changes.loadsMoved().stream().map(PlanChanges.LoadChange::load).toList());
        line(out, "Newly left", changes.newlyLeftBehind());
        out.append(String.format(Locale.ROOT, "  %-15s $%,d -> $%,d (%+,d)%n", "Cost", changes.costBefore(),
                changes.costAfter(), changes.costDifference()));
        return out.toString();
    }

    /** "F0041 C17-06 -> C17-02", naming the new flight too when it goes by another id. */
    private static String describe(Succession succession, String was, String is) {
        String before = succession.before().id();
        String after = succession.after().id();
        return before + " " + was + " -> " + (after.equals(before) ? "" : after + " ") + is;
    }

    private static void line(StringBuilder out, String label, List<String> items) {
        List<String> shown = items.stream().limit(6).toList();
        String list = shown.isEmpty() ? ""
                : ": " + String.join(", ", shown) + (items.size() > shown.size() ? ", ..." : "");
        out.append(String.format(Locale.ROOT, "  %-15s %d%s%n", label, items.size(), list));
    }
}
