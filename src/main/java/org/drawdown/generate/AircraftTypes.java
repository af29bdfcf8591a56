package org.drawdown.generate;

import java.util.List;

import org.drawdown.io.ScenarioJson.AircraftTypeJson;

/**
 * The aircraft types of the datasets, with their planning figures. {@code datasets/README.md} gives the sources; one
 * definition serves the Niger scenario and the generated ones, so their aircraft cannot drift apart.
 */
public final class AircraftTypes {

    /**
     * C-17A: AFPAM 10-1403 planning payload 65 short tons; 18 positions; 54 sidewall + 48 centerline seats; ground
     * time 3.25 h (worked example); ~2,400 nm at full payload.
     */
    public static final AircraftTypeJson C17 = new AircraftTypeJson("C17", "C-17A Globemaster III", true, 58967, 18,
            102, 54, 4, true, 450, 2400, 195, 24000L);

    /** C-130J-30: planning payload 18 short tons; 8 positions; 128 troops; ground time 1.75 h. */
    public static final AircraftTypeJson C130J = new AircraftTypeJson("C130J", "C-130J-30 Super Hercules", true,
            16329, 8, 128, 64, 8, false, 320, 1800, 105, 10500L);

    /** A commercial B767-300ER passenger charter: personnel only (rule 9), so no pallet positions, all seats fixed. */
    public static final AircraftTypeJson B763 = new AircraftTypeJson("B763", "Boeing 767-300ER passenger charter",
            false, 34000, 0, 250, 250, 0, false, 460, 5500, 90, 12000L);

    public static final List<AircraftTypeJson> ALL = List.of(C17, C130J, B763);

    private AircraftTypes() {
    }
}
