package org.drawdown.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.drawdown.io.ScenarioJson.CargoJson;

/**
 * The kinds of cargo on the Niger manifest with their planning figures: mean weight, 463L pallet positions,
 * handling and, for optional items, mean value. Both the Niger scenario and the generated ones draw their items here.
 */
public enum CargoKind {

    MQ9("MQ-9A airframe in shipping container", "AIRCRAFT", 5200, 4, Handling.SENSITIVE, 0),
    HELO("Helicopter, blades folded", "AIRCRAFT", 5600, 6, Handling.OUTSIZE, 0),
    GCS("MQ-9 ground control station shelter", "GROUND_CONTROL", 5000, 2, Handling.SENSITIVE, 0),
    MUN("Munitions pallet (P1/P2 hazard class)", "MUNITIONS", 3000, 1, Handling.MUNITIONS, 0),
    MRAP("MRAP vehicle", "VEHICLES", 14000, 3, Handling.OUTSIZE, 0),
    HMMWV("HMMWV", "VEHICLES", 2700, 2, Handling.NONE, 0),
    FORK("10k forklift", "VEHICLES", 4500, 2, Handling.NONE, 0),
    COMM("Communications equipment pallet", "COMMUNICATIONS", 2000, 1, Handling.SENSITIVE, 0),
    GEN("General cargo pallet", "GENERAL", 3000, 1, Handling.NONE, 0),
    HOUS("Housing and shelter pallet", "HOUSING", 3200, 1, Handling.OPTIONAL, 30000),
    LIFE("Life-support equipment (generator, water, kitchen)", "LIFE_SUPPORT", 4500, 2, Handling.OPTIONAL, 60000);

    /** 463L pallet maximum gross weight, 10,000 lb: no item outweighs the pallets it stands on. */
    private static final int KG_PER_PALLET_POSITION = 4536;

    private enum Handling {
        NONE, OUTSIZE, SENSITIVE, MUNITIONS, OPTIONAL
    }

    private final String description;
    private final String category;
    private final int meanKg;
    private final int palletPositions;
    private final Handling handling;
    private final long meanValueUsd;

    CargoKind(String description, String category, int meanKg, int palletPositions, Handling handling,
            long meanValueUsd) {
        this.description = description;
        this.category = category;
        this.meanKg = meanKg;
        this.palletPositions = palletPositions;
        this.handling = handling;
        this.meanValueUsd = meanValueUsd;
    }

    /**
     * Items of this kind, numbered from 1 after the origin and kind: weights spread +-25% around the mean, optional
     * values +-60% around theirs, and ready times spread evenly from {@code firstReady} to {@code lastReady} in whole
     * hours as the base packs up.
     */
    public List<CargoJson> items(String origin, int count, String destination, Instant firstReady,
            Instant lastReady, Random random) {
        long spanHours = Duration.between(firstReady, lastReady).toHours();
        List<CargoJson> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            int weight = (int) Math.round(meanKg * (0.75 + 0.5 * random.nextDouble()));
            long value = handling == Handling.OPTIONAL
                    ? Math.round(meanValueUsd * (0.4 + 1.2 * random.nextDouble()) / 100) * 100 : 0;
            Instant ready = firstReady.plus(Duration.ofHours(count == 1 ? 0 : spanHours * (i - 1) / (count - 1)));
            items.add(new CargoJson(String.format("%s-%s-%03d", origin, name(), i), description, category, origin,
                    destination, Math.min(weight, palletPositions * KG_PER_PALLET_POSITION), palletPositions,
                    isOutsize(), isSensitive(), handling != Handling.MUNITIONS, handling != Handling.OPTIONAL, value,
                    ready));
        }
        return items;
    }

    public int palletPositions() {
        return palletPositions;
    }

    /** The heaviest item of this kind can weigh: the mean plus 25%, within its pallets' limit. */
    public int maxKg() {
        return Math.min((int) Math.round(meanKg * 1.25), palletPositions * KG_PER_PALLET_POSITION);
    }

    public boolean isOutsize() {
        return handling == Handling.OUTSIZE;
    }

    public boolean isSensitive() {
        return handling == Handling.SENSITIVE || handling == Handling.MUNITIONS;
    }
}
