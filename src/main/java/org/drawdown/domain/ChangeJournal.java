package org.drawdown.domain;

import java.util.BitSet;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * The entities of a working plan whose planning variables changed since it was last cloned. Timefold clones the
 * working plan at each new best, thousands of times a minute early in a search; reading the variables of all
 * 35,000 entities of gen-l for each clone took a tenth of the search, mostly waiting on memory. With a journal a
 * clone copies the previous clone's record of the variables and reads again only the entities marked here.
 * <p>
 * Whoever attaches a journal must report every change to {@link #changed} until it detaches it: the solver does so
 * during local search, where every change goes through Timefold. The construction sets variables directly, so no
 * journal is attached then, and each clone reads every entity.
 */
public final class ChangeJournal {

    private final BitSet flights = new BitSet();
    private final BitSet cargo = new BitSet();
    private final BitSet personnel = new BitSet();
    private DrawdownPlanCloner.Snapshot last;

    ChangeJournal(DrawdownPlan plan) {
        number(plan.getFlights(), (flight, position) -> flight.journalPosition = position);
        number(plan.getCargo(), (item, position) -> item.journalPosition = position);
        number(plan.getPersonnel(), (group, position) -> group.journalPosition = position);
    }

    private static <E> void number(List<E> entities, ObjIntConsumer<E> position) {
        for (int i = 0; i < entities.size(); i++) {
            position.accept(entities.get(i), i);
        }
    }

    /** A planning variable of this flight, cargo item or personnel group changed. */
    public void changed(Object entity) {
        if (entity instanceof Flight flight) {
            flights.set(flight.journalPosition);
        } else if (entity instanceof CargoItem item) {
            cargo.set(item.journalPosition);
        } else {
            personnel.set(((PersonnelGroup) entity).journalPosition);
        }
    }

    /** The plan's variables now, from the last snapshot when there is one of these entities; then starts afresh. */
    DrawdownPlanCloner.Snapshot snapshot(DrawdownPlan plan) {
        last = last == null || !last.isOf(plan) ? new DrawdownPlanCloner.Snapshot(plan)
                : new DrawdownPlanCloner.Snapshot(last, flights, cargo, personnel);
        flights.clear();
        cargo.clear();
        personnel.clear();
        return last;
    }
}
