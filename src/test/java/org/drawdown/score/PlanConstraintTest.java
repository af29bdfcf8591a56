package org.drawdown.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Amounts read as a planner would write them: "1 minute", never "1 minutes". */
class PlanConstraintTest {

    @Test
    void oneIsCountedInTheSingular() {
        assertEquals("1 minute departing at or after the origin closed", PlanConstraint.BASE_CLOSURE.amount(1));
        assertEquals("1 pallet position over the type's positions", PlanConstraint.PALLET_POSITIONS.amount(1));
        assertEquals("1 person left behind", PlanConstraint.PERSONNEL_NOT_MOVED.amount(1));
        assertEquals("1 kg over the type's maximum payload", PlanConstraint.PAYLOAD.amount(1));
    }

    @Test
    void otherAmountsAreCountedInThePluralWithThousandsSeparated() {
        assertEquals("1,440 minutes departing at or after the origin closed", PlanConstraint.BASE_CLOSURE.amount(1440));
        assertEquals("0 flights over a clearance's daily cap", PlanConstraint.CLEARANCE_DAILY_CAP.amount(0));
    }
}
