package org.drawdown.bound;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import org.drawdown.domain.AircraftType;
import org.drawdown.domain.Lane;

/**
 * The cheapest whole number of sorties of each type that could carry a lane's mandatory loads, ignoring when they
 * fly: the integer counterpart of one lane's sorties in {@link AirliftRelaxation}, solved exactly by CP-SAT in whole
 * numbers (people, positions, kilograms and sorties are all whole in any plan), so its proven bound has no round-off.
 */
final class SortieMix {

    /** What the loads need in all, and the fewest sorties of each fleet the cuts already prove. */
    record Needs(long cargoPositions, long outsizePositions, long cargoKg, long people, long peopleKg,
            long leastSorties, long leastMilitary, long leastOutsize) {
    }

    private SortieMix() {
    }

    /**
     * A lower bound on what the sorties cost, each type flying at most {@code mostPerType} of them, found within the
     * work (CP-SAT's deterministic time, the same on every run) unless the seconds run out first.
     */
    static CpSatProof cheapest(Lane lane, List<AircraftType> types, long mostPerType, Needs needs, double work,
            double seconds) {
        Loader.loadNativeLibraries();
        CpModel model = new CpModel();
        LinearExprBuilder cost = LinearExpr.newBuilder();
        LinearExprBuilder all = LinearExpr.newBuilder();
        LinearExprBuilder military = LinearExpr.newBuilder();
        LinearExprBuilder outsize = LinearExpr.newBuilder();
        List<IntVar> cargoPositions = new ArrayList<>();
        List<IntVar> outsizePositions = new ArrayList<>();
        List<IntVar> cargoKg = new ArrayList<>();
        List<IntVar> people = new ArrayList<>();
        List<IntVar> peopleKg = new ArrayList<>();
        for (AircraftType type : types) {
            IntVar sorties = model.newIntVar(0, mostPerType, "");
            cost.addTerm(sorties, lane.costUsd(type));
            all.add(sorties);
            LinearExprBuilder positionsUsed = LinearExpr.newBuilder();
            LinearExprBuilder payloadUsed = LinearExpr.newBuilder();
            if (type.isMilitary()) {
                military.add(sorties);
                Hold hold = hold(model, type, mostPerType, positionsUsed, payloadUsed);
                cargoPositions.add(hold.positions());
                cargoKg.add(hold.kg());
                if (hold.outsize() != null) {
                    outsize.add(sorties);
                    outsizePositions.add(hold.outsize());
                }
            }
            if (type.getSeats() > 0 && needs.people() > 0) {
                Seating seating = seat(model, sorties, type, mostPerType, positionsUsed, payloadUsed);
                people.add(seating.people());
                peopleKg.add(seating.kg());
            }
            model.addLessOrEqual(positionsUsed.addTerm(sorties, -type.getPalletPositions()), 0);
            model.addLessOrEqual(payloadUsed.addTerm(sorties, -type.getMaxPayloadKg()), 0);
        }
        cover(model, cargoPositions, needs.cargoPositions());
        cover(model, outsizePositions, needs.outsizePositions());
        cover(model, cargoKg, needs.cargoKg());
        cover(model, people, needs.people());
        cover(model, peopleKg, needs.peopleKg());
        model.addGreaterOrEqual(all, needs.leastSorties());
        model.addGreaterOrEqual(military, needs.leastMilitary());
        model.addGreaterOrEqual(outsize, needs.leastOutsize());
        model.minimize(cost);
        CpSolver solver = new CpSolver();
        // CP-SAT would otherwise take over Ctrl-C, which ends the search of a solve running beside it.
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(1).setCatchSigintSignal(false);
        solver.getParameters().setMaxDeterministicTime(work);
        return CpSatProof.of(solver, solver.solve(model));
    }

    /** Whatever no type can supply, the relaxation's own cuts already refuse; here it is left out. */
    private static void cover(CpModel model, List<IntVar> supply, long need) {
        if (need > 0 && !supply.isEmpty()) {
            model.addGreaterOrEqual(LinearExpr.sum(supply.toArray(IntVar[]::new)), need);
        }
    }

    /** Cargo on some sorties of a military type: positions, weight, and the outsize ones (null if it takes none). */
    record Hold(IntVar positions, IntVar kg, IntVar outsize) {
    }

    /**
     * Rules 9 and 11 for cargo on at most {@code mostSorties} sorties of a military type: outsize positions only on an
     * outsize type, within the positions carried; the positions and the weight go to {@code positionsUsed} and
     * {@code payloadUsed}.
     */
    static Hold hold(CpModel model, AircraftType type, long mostSorties, LinearExprBuilder positionsUsed,
            LinearExprBuilder payloadUsed) {
        IntVar positions = model.newIntVar(0, mostSorties * type.getPalletPositions(), "");
        IntVar kg = model.newIntVar(0, mostSorties * type.getMaxPayloadKg(), "");
        positionsUsed.add(positions);
        payloadUsed.add(kg);
        IntVar outsize = null;
        if (type.isOutsize()) {
            outsize = model.newIntVar(0, mostSorties * type.getPalletPositions(), "");
            model.addLessOrEqual(outsize, positions);
        }
        return new Hold(positions, kg, outsize);
    }

    /** The people seated on some sorties of a type, and their weight. */
    record Seating(IntVar people, IntVar kg) {
    }

    /**
     * Rules 2 and 3 for people on {@code sorties} (at most {@code mostSorties}) of a type: within its seats, and those
     * beyond the sidewall seats at most {@code paxPerPalletPosition} per seat pallet, each pallet one of the positions
     * added to {@code positionsUsed}; their weight goes to {@code payloadUsed}.
     */
    static Seating seat(CpModel model, IntVar sorties, AircraftType type, long mostSorties,
            LinearExprBuilder positionsUsed, LinearExprBuilder payloadUsed) {
        IntVar seated = model.newIntVar(0, mostSorties * type.getSeats(), "");
        IntVar kg = model.newIntVar(0, mostSorties * type.getMaxPayloadKg(), "");
        model.addLessOrEqual(LinearExpr.newBuilder().add(seated).addTerm(sorties, -type.getSeats()), 0);
        LinearExprBuilder beyondSidewall = LinearExpr.newBuilder().add(seated)
                .addTerm(sorties, -type.getSidewallSeats());
        if (type.getPaxPerPalletPosition() > 0) {
            IntVar seatPallets = model.newIntVar(0, mostSorties * type.getPalletPositions(), "");
            positionsUsed.add(seatPallets);
            beyondSidewall.addTerm(seatPallets, -type.getPaxPerPalletPosition());
        }
        model.addLessOrEqual(beyondSidewall, 0);
        payloadUsed.add(kg);
        return new Seating(seated, kg);
    }
}
