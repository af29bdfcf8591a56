package org.drawdown.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlanCsvTest {

    @Test
    void plainCellsStayAsTheyAre() {
        assertEquals("MQ-9A airframe in shipping container", PlanCsv.quoted("MQ-9A airframe in shipping container"));
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"Tents, large\"", PlanCsv.quoted("Tents, large"));
        assertEquals("\"the \"\"blue\"\" box\"", PlanCsv.quoted("the \"blue\" box"));
        assertEquals("\"two\nlines\"", PlanCsv.quoted("two\nlines"));
    }
}
