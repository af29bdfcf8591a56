package org.drawdown.generate;

import java.time.Instant;

import org.drawdown.io.ScenarioJson.PersonnelJson;

/**
 * The units whose people leave the host nation, as on the Niger roster. Security forces guard the base to the end,
 * so force protection (rule 13) applies to their groups.
 */
public enum UnitType {

    NES("Non-essential staff and contractors"),
    HQ("Headquarters staff"),
    CONTR("Contracting and finance"),
    MED("Medical"),
    LRS("Logistics readiness"),
    COMM("Communications"),
    CES("Civil engineers"),
    AMXS("Aircraft maintenance"),
    AFOPS("Airfield operations"),
    INTEL("Intelligence"),
    BOS("Base operating support"),
    OPS("MQ-9 operations squadron"),
    SFS("Security forces");

    /** Planning weight of a person with baggage. */
    public static final int KG_PER_PERSON = 136;

    private final String unitName;

    UnitType(String unitName) {
        this.unitName = unitName;
    }

    /** The unit's group with this number at the origin; ids read origin, unit and number. */
    public PersonnelJson group(String origin, int number, int size, String destination, Instant readyAt) {
        return new PersonnelJson(String.format("%s-%s-%d", origin, name(), number), unitName, origin, destination,
                size, KG_PER_PERSON, isSecurity(), readyAt);
    }

    public boolean isSecurity() {
        return this == SFS;
    }
}
