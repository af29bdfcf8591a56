package org.drawdown.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

import org.drawdown.domain.CargoItem;
import org.drawdown.domain.DrawdownPlan;
import org.drawdown.domain.Flight;
import org.drawdown.domain.PersonnelGroup;

/**
 * Puts some loads of one lane on another flight of that lane, or leaves optional cargo behind ({@code to} null).
 * With every load of a flight it is a pillar change over cargo and personnel together: onto a flown flight it
 * consolidates two sorties into one, onto an unflown pool flight it re-flies the whole load at that flight's slot
 * and aircraft.
 */
public final class MoveLoadsMove extends AbstractMove<DrawdownPlan> {

    private final Flight from;
    private final Flight to;
    private final List<CargoItem> cargo;
    private final List<PersonnelGroup> personnel;

    public MoveLoadsMove(Flight from, Flight to, Collection<CargoItem> cargo, Collection<PersonnelGroup> personnel) {
        this.from = from;
        this.to = to;
        this.cargo = List.copyOf(cargo);
        this.personnel = List.copyOf(personnel);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DrawdownPlan> scoreDirector) {
        if (from == to || (cargo.isEmpty() && personnel.isEmpty())) {
            return false;
        }
        if (to == null) {
            return personnel.isEmpty() && cargo.stream().noneMatch(CargoItem::isMandatory);
        }
        // A flight held still keeps its schedule but may take more loads; history takes none.
        return !to.isHistory() && (from == null || from.getLane() == to.getLane());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DrawdownPlan> scoreDirector) {
        for (CargoItem item : cargo) {
            scoreDirector.beforeVariableChanged(item, "flight");
            item.setFlight(to);
            scoreDirector.afterVariableChanged(item, "flight");
        }
        for (PersonnelGroup group : personnel) {
            scoreDirector.beforeVariableChanged(group, "flight");
            group.setFlight(to);
            scoreDirector.afterVariableChanged(group, "flight");
        }
    }

    @Override
    public MoveLoadsMove rebase(ScoreDirector<DrawdownPlan> destination) {
        return new MoveLoadsMove(destination.lookUpWorkingObject(from), destination.lookUpWorkingObject(to),
                rebaseList(cargo, destination), rebaseList(personnel, destination));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        List<Object> loads = new ArrayList<>(cargo);
        loads.addAll(personnel);
        return loads;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return to == null ? List.of() : List.of(to);
    }

    @Override
    public String toString() {
        return (cargo.size() + personnel.size()) + " loads " + from + " -> " + to;
    }
}
