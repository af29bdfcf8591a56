package org.drawdown.score.justifications;

import java.util.List;

import org.drawdown.domain.Flight;
import org.drawdown.domain.Load;

/** Cost of a replan: a load that flies otherwise than in the plan in force. */
public record PlanChangeJustification(Load load, Flight flight) implements FlightJustification {

    @Override
    public List<Load> loads() {
        return List.of(load);
    }
}
