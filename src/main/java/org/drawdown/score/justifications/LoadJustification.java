package org.drawdown.score.justifications;

import java.util.Collection;
import java.util.List;

import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;

/** A match about one load: where it flies, or that it is left behind. */
public interface LoadJustification extends PlanJustification {

    Load load();

    @Override
    default List<Flight> flights(Collection<Flight> flown) {
        return List.of();
    }

    @Override
    default List<Load> loads() {
        return List.of(load());
    }
}
