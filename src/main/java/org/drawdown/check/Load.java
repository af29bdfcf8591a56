package org.drawdown.check;

import java.time.Instant;

import org.drawdown.io.ScenarioJson.CargoJson;
import org.drawdown.io.ScenarioJson.PersonnelJson;

/** What rules 4 and 5 ask of every load, cargo item or personnel group alike. */
record Load(String kind, String id, String origin, String destination, Instant readyAt) {

    static Load of(CargoJson item) {
        return new Load("cargo", item.id(), item.origin(), item.destination(), item.readyAt());
    }

    static Load of(PersonnelJson group) {
        return new Load("personnel group", group.id(), group.origin(), group.destination(), group.readyAt());
    }
}
