package org.drawdown.domain;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of a working plan whose planning variables changed since it was last cloned. Timefold clones the
 * working plan at each new best, thousands of times a minute early in a search; reading the variables of all
 * 35,000 entities of gen-l for each clone took a tenth of the search, mostly waiting on memory. With a journal a
 * clone copies the previous clone's record of the variables and reads again only the entities listed here.
 * <p>
 * Whoever attaches a journal must report every change to {@link #changed} until it detaches it: the solver does so
 * during local search, where every change goes through Timefold. The construction sets variables directly, so no
 * journal is attached then, and each clone reads every entity.
 */
public final class ChangeJournal {

    /** Each entity's position in its list of the plan, the index of its variables in a snapshot. */
    private final Map<Object, Integer> positions = new IdentityHashMap<>();
    private final List<Object> changed = new ArrayList<>();
    /** Past this many changes a clone reads every entity anyway, so the journal stops listing them. */
    private final int limit;
    private boolean overflowed;
    private DrawdownPlanCloner.Snapshot last;

    ChangeJournal(DrawdownPlan plan) {
        index(plan.getFlights());
        index(plan.getCargo());
        index(plan.getPersonnel());
        limit = positions.size();
    }

    private void index(List<?> entities) {
        for (int i = 0; i < entities.size(); i++) {
            positions.put(entities.get(i), i);
        }
    }

    /** A planning variable of this flight, cargo item or personnel group changed. */
    public void changed(Object entity) {
        if (overflowed) {
            return;
        }
        if (changed.size() == limit) {
            overflowed = true;
            changed.clear();
            return;
        }
        changed.add(entity);
    }

    /** The plan's variables now, from the last snapshot when there is one of these entities; then starts afresh. */
    DrawdownPlanCloner.Snapshot snapshot(DrawdownPlan plan) {
        last = last == null || overflowed || !last.isOf(plan) ? new DrawdownPlanCloner.Snapshot(plan)
                : new DrawdownPlanCloner.Snapshot(last, changed, positions);
        changed.clear();
        overflowed = false;
        return last;
    }
}
