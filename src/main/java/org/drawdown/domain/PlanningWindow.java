package org.drawdown.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The time frame of a scenario. Every time inside the model is a whole number of minutes since {@link #start()},
 * so constraints compare plain ints; this class converts at the edges.
 */
public final class PlanningWindow {

    private static final int MINUTES_PER_DAY = 1440;

    private final Instant start;
    private final int deadlineMinute;
    private final int slotMinutes;
    /** Minutes from the epoch to {@link #start}, so UTC days come out of one division. */
    private final long startEpochMinute;

    public PlanningWindow(Instant start, Instant deadline, int slotMinutes) {
        this.start = start;
        this.deadlineMinute = minutesBetween(start, deadline);
        this.slotMinutes = slotMinutes;
        this.startEpochMinute = Math.floorDiv(start.getEpochSecond(), 60);
    }

    public Instant start() {
        return start;
    }

    public int deadlineMinute() {
        return deadlineMinute;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public int minuteOf(Instant instant) {
        return minutesBetween(start, instant);
    }

    public Instant instantOf(int minute) {
        return start.plusSeconds(60L * minute);
    }

    public int minuteOfSlot(int slot) {
        return slot * slotMinutes;
    }

    /** The last slot that departs at or before {@code minute}. */
    public int lastSlotAtOrBefore(int minute) {
        return Math.floorDiv(minute, slotMinutes);
    }

    /** The first slot that departs at or after {@code minute}. */
    public int firstSlotAtOrAfter(int minute) {
        return -Math.floorDiv(-minute, slotMinutes);
    }

    /** The UTC day (days since 1970-01-01) that contains the given model minute. */
    public int utcDay(int minute) {
        return (int) Math.floorDiv(startEpochMinute + minute, MINUTES_PER_DAY);
    }

    /** The model minute at which the UTC day after the one containing {@code minute} begins. */
    public int startOfNextUtcDay(int minute) {
        return (int) ((utcDay(minute) + 1L) * MINUTES_PER_DAY - startEpochMinute);
    }

    private static int minutesBetween(Instant from, Instant to) {
        return Math.toIntExact(Duration.between(from, to).toMinutes());
    }
}
