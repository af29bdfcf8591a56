package org.drawdown.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.drawdown.io.PlanJson;
import org.drawdown.io.PlanReader;
import org.drawdown.io.StrictJson;

/** Plans of the plan checker's small scenario with one deliberate change, for the commands that read plans. */
final class CheckerPlans {

    private CheckerPlans() {
    }

    /**
     * The small plan with C-GEN4 (2,000 kg) moved from F0008 onto F0003, which is already at BIG's 20,000 kg, and
     * F0008 no longer flown: rule 1 broken by 2,000 kg on F0003.
     */
    static Path overloaded(Path directory) throws Exception {
        PlanJson good = PlanReader.read(CommandRunner.CHECKER_PLAN);
        List<PlanJson.FlightJson> flights = new ArrayList<>();
        for (PlanJson.FlightJson flight : good.flights()) {
            if (flight.id().equals("F0003")) {
                List<String> cargo = new ArrayList<>(flight.cargo());
                cargo.add("C-GEN4");
                flights.add(new PlanJson.FlightJson(flight.id(), flight.aircraft(), flight.origin(),
                        flight.destination(), flight.departure(), flight.arrival(), cargo, flight.personnel(),
                        flight.payloadKg(), flight.palletPositionsUsed(), flight.passengers(), flight.costUsd()));
            } else if (!flight.id().equals("F0008")) {
                flights.add(flight);
            }
        }
        return Files.writeString(directory.resolve("overloaded.json"), StrictJson.toJson(new PlanJson(
                good.scenario(), good.score(), good.feasible(), good.totalCostUsd(), flights, good.leftBehind(),
                good.unassigned())));
    }
}
