package org.drawdown.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed plan files are refused on reading with one line naming the file, the entry and the problem. */
class PlanFileRefusalTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Path PLANS = CORPUS.resolve("plans");
    private static final Path EXPECTATIONS = CORPUS.resolve("expected-plan-refusals.txt");

    @Test
    void basePlanOfTheCorpusReads() throws InputException {
        PlanJson plan = PlanReader.read(CORPUS.resolve("valid-plan.json"));

        assertEquals(List.of("MQ9-01"), plan.flights().get(0).cargo());
        assertEquals(List.of(), plan.unassigned());
    }

    @Test
    void tableListsEveryPlanFileOnce() throws IOException {
        List<String> listed = planRefusals().stream().map(ExpectedRefusal::file).sorted().toList();
        assertEquals(ExpectedRefusal.filesIn(PLANS), listed);
    }

    static List<ExpectedRefusal> planRefusals() throws IOException {
        return ExpectedRefusal.readTable(EXPECTATIONS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planRefusals")
    void refusesMalformedPlan(ExpectedRefusal expected) {
        Path file = PLANS.resolve(expected.file());

        InputException refusal = assertThrows(InputException.class, () -> PlanReader.read(file));

        assertEquals(file, refusal.getFile());
        assertEquals(expected.entry(), refusal.getEntry());
        assertTrue(refusal.getProblem().startsWith(expected.problemStart()), refusal.getMessage());
        assertEquals(1, refusal.getMessage().lines().count(), refusal.getMessage());
    }
}
