package org.drawdown.bound;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.Literal;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import org.drawdown.domain.AircraftType;
import org.drawdown.domain.CargoItem;
import org.drawdown.domain.Lane;
import org.drawdown.domain.PersonnelGroup;

/**
 * The cheapest whole schedule of one lane on its own: whole sorties per period and type, whole personnel groups
 * each leaving in one period and waiting at least until that period's first slot, optional cargo flown or left
 * behind. It is the lane's part of {@link AirliftRelaxation} in whole numbers, with the caps of rules 8 and 15 on
 * this lane's sorties alone, so every feasible plan's flights, loads and waiting on the lane are one of its
 * solutions: what CP-SAT proves about its minimum bounds what the lane costs in any feasible plan. It prices what
 * the LP splits: a sortie flown for a few people who would otherwise wait.
 */
final class LaneSchedule {

    /**
     * One period of the lane: the types that can fly it, the most sorties the origin allows and the most military
     * ones the clearances allow (rules 15 and 8), and the earliest minute a load leaves in it.
     */
    record Period(List<AircraftType> types, long mostSorties, long mostMilitary, int earliestMinute) {
    }

    /** A cargo item and the index of the first period (into the list of periods) in which it can leave. */
    record Cargo(CargoItem item, int firstPeriod) {
    }

    /** A personnel group, the index of the first period in which it can leave, and its earliest departure. */
    record Group(PersonnelGroup group, int firstPeriod, int earliestMinute) {
    }

    private final Lane lane;
    private final List<Period> periods;
    private final List<Cargo> cargo;
    private final List<Group> groups;
    private final CpModel model = new CpModel();
    /** Per period, what its sorties supply: cargo positions, outsize positions, cargo kg, people, people kg. */
    private final LinearExprBuilder[] cargoPositions;
    private final LinearExprBuilder[] outsizePositions;
    private final LinearExprBuilder[] cargoKg;
    private final LinearExprBuilder[] people;
    private final LinearExprBuilder[] peopleKg;
    private final LinearExprBuilder cost = LinearExpr.newBuilder();
    /** Per period, the sortie variable of each of its types, in the order of {@link Period#types()}. */
    private final List<IntVar>[] sorties;
    private long constantCost;

    LaneSchedule(Lane lane, List<Period> periods, List<Cargo> cargo, List<Group> groups) {
        this.lane = lane;
        this.periods = periods;
        this.cargo = cargo;
        this.groups = groups;
        @SuppressWarnings("unchecked")
        List<IntVar>[] byPeriod = new List[periods.size()];
        this.sorties = byPeriod;
        this.cargoPositions = builders(periods.size());
        this.outsizePositions = builders(periods.size());
        this.cargoKg = builders(periods.size());
        this.people = builders(periods.size());
        this.peopleKg = builders(periods.size());
    }

    /** The loads of the lane, a measure of how long CP-SAT takes. */
    int loads() {
        return cargo.size() + groups.size();
    }

    /**
     * A lower bound on what the lane costs in flying, left-behind value and waiting in any feasible plan, from CP-SAT
     * within the work given in its deterministic time (about two seconds a unit here, and the same bound on every
     * run) and the seconds given at most. Call once.
     */
    CpSatProof cheapest(double work, double seconds) {
        Loader.loadNativeLibraries();
        addSorties(!groups.isEmpty());
        addCargo();
        addGroups();
        return solve(work, seconds);
    }

    private void addSorties(boolean carriesPeople) {
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            LinearExprBuilder all = LinearExpr.newBuilder();
            LinearExprBuilder military = LinearExpr.newBuilder();
            this.sorties[p] = new ArrayList<>();
            for (AircraftType type : period.types()) {
                long most = period.mostSorties();
                IntVar sorties = model.newIntVar(0, most, "");
                this.sorties[p].add(sorties);
                cost.addTerm(sorties, lane.costUsd(type));
                all.add(sorties);
                LinearExprBuilder positionsUsed = LinearExpr.newBuilder().addTerm(sorties, -type.getPalletPositions());
                LinearExprBuilder payloadUsed = LinearExpr.newBuilder().addTerm(sorties, -type.getMaxPayloadKg());
                if (type.isMilitary()) {
                    military.add(sorties);
                    SortieMix.Hold hold = SortieMix.hold(model, type, most, positionsUsed, payloadUsed);
                    cargoPositions[p].add(hold.positions());
                    cargoKg[p].add(hold.kg());
                    if (hold.outsize() != null) {
                        outsizePositions[p].add(hold.outsize());
                    }
                }
                if (carriesPeople && type.getSeats() > 0) {
                    SortieMix.Seating seating = SortieMix.seat(model, sorties, type, most, positionsUsed, payloadUsed);
                    people[p].add(seating.people());
                    peopleKg[p].add(seating.kg());
                }
                model.addLessOrEqual(positionsUsed, 0);
                model.addLessOrEqual(payloadUsed, 0);
            }
            model.addLessOrEqual(all, period.mostSorties());
            model.addLessOrEqual(military, period.mostMilitary());
        }
    }

    /**
     * Cargo covered from the last period back, as in the LP: what leaves in period r or later carries what cannot
     * leave before r; an optional item is either flown whole or left behind at its value.
     */
    private void addCargo() {
        LinearExprBuilder positionsNeeded = LinearExpr.newBuilder();
        LinearExprBuilder outsizeNeeded = LinearExpr.newBuilder();
        LinearExprBuilder kgNeeded = LinearExpr.newBuilder();
        LinearExprBuilder positionsSupplied = LinearExpr.newBuilder();
        LinearExprBuilder outsizeSupplied = LinearExpr.newBuilder();
        LinearExprBuilder kgSupplied = LinearExpr.newBuilder();
        for (int p = periods.size() - 1; p >= 0; p--) {
            boolean needsMore = false;
            for (Cargo placed : cargo) {
                if (placed.firstPeriod() != p) {
                    continue;
                }
                CargoItem item = placed.item();
                needsMore = true;
                if (item.isMandatory()) {
                    positionsNeeded.add(item.getPalletPositions());
                    kgNeeded.add(item.getWeightKg());
                    outsizeNeeded.add(item.isOutsize() ? item.getPalletPositions() : 0);
                } else {
                    BoolVar flown = model.newBoolVar("");
                    constantCost += item.getValueUsd();
                    cost.addTerm(flown, -item.getValueUsd());
                    positionsNeeded.addTerm(flown, item.getPalletPositions());
                    kgNeeded.addTerm(flown, item.getWeightKg());
                    outsizeNeeded.addTerm(flown, item.isOutsize() ? item.getPalletPositions() : 0);
                }
            }
            positionsSupplied.add(cargoPositions[p].build());
            outsizeSupplied.add(outsizePositions[p].build());
            kgSupplied.add(cargoKg[p].build());
            if (needsMore) {
                cover(positionsSupplied, positionsNeeded);
                cover(outsizeSupplied, outsizeNeeded);
                cover(kgSupplied, kgNeeded);
            }
        }
    }

    /** The builders go on collecting for earlier periods; {@code build} takes what they hold now. */
    private void cover(LinearExprBuilder supplied, LinearExprBuilder needed) {
        model.addGreaterOrEqual(supplied.build(), needed.build());
    }

    /** Each group leaves whole in one period from its first on, waiting at least to that period's earliest minute. */
    private void addGroups() {
        LinearExprBuilder[] seated = builders(periods.size());
        LinearExprBuilder[] seatedKg = builders(periods.size());
        for (Group placed : groups) {
            PersonnelGroup group = placed.group();
            List<Literal> choices = new ArrayList<>();
            for (int p = placed.firstPeriod(); p < periods.size(); p++) {
                if (periods.get(p).types().stream().noneMatch(type -> type.getSeats() >= group.getCount())) {
                    continue;
                }
                BoolVar leaves = model.newBoolVar("");
                choices.add(leaves);
                // Redundant in whole numbers, but it keeps CP-SAT's own relaxation from seating a group on a
                // fraction of a sortie: the group needs one whole sortie of a type that seats it.
                LinearExprBuilder seating = LinearExpr.newBuilder().addTerm(leaves, -1);
                for (int k = 0; k < periods.get(p).types().size(); k++) {
                    if (periods.get(p).types().get(k).getSeats() >= group.getCount()) {
                        seating.add(sorties[p].get(k));
                    }
                }
                model.addGreaterOrEqual(seating, 0);
                cost.addTerm(leaves, group.waitingCostUsd(
                        Math.max(placed.earliestMinute(), periods.get(p).earliestMinute())));
                seated[p].addTerm(leaves, group.getCount());
                seatedKg[p].addTerm(leaves, group.getWeightKg());
            }
            model.addExactlyOne(choices);
        }
        for (int p = 0; p < periods.size(); p++) {
            model.addEquality(people[p].build(), seated[p].build());
            model.addEquality(peopleKg[p].build(), seatedKg[p].build());
        }
    }

    private CpSatProof solve(double work, double seconds) {
        model.minimize(cost.add(constantCost));
        CpSolver solver = new CpSolver();
        // CP-SAT would otherwise take over Ctrl-C, which ends the search of a solve running beside it.
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(1).setCatchSigintSignal(false);
        // Its strongest relaxation, with cuts: the bound is what this model is for, far more than its solutions.
        solver.getParameters().setLinearizationLevel(2);
        solver.getParameters().setMaxDeterministicTime(work);
        return CpSatProof.of(solver, solver.solve(model));
    }

    private static LinearExprBuilder[] builders(int count) {
        LinearExprBuilder[] builders = new LinearExprBuilder[count];
        for (int i = 0; i < count; i++) {
            builders[i] = LinearExpr.newBuilder();
        }
        return builders;
    }
}
