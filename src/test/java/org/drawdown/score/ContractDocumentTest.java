package org.drawdown.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/contract.md keeps in step with the constraints: a section per rule, naming each constraint that enforces it;
 * and it is the contract users are sent to.
 */
class ContractDocumentTest {

    private static final Path CONTRACT = Path.of("docs/contract.md");
    private static final Pattern RULE_HEADING = Pattern.compile("(?m)^### Rule (\\d+): ");

    static List<Integer> ruleNumbers() {
        return IntStream.rangeClosed(1, 17).boxed().toList();
    }

    @ParameterizedTest(name = "rule {0}")
    @MethodSource("ruleNumbers")
    void everyRuleHasOneSection(int rule) throws IOException {
        long sections = RULE_HEADING.matcher(Files.readString(CONTRACT)).results()
                .filter(heading -> Integer.parseInt(heading.group(1)) == rule)
                .count();
        assertEquals(1, sections, "sections headed \"### Rule " + rule + ": \"");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PlanConstraint.class)
    void everyConstraintIsNamedWhereItsRuleIsDescribed(PlanConstraint constraint) throws IOException {
        String name = "**" + constraint.id() + "**";
        String where = constraint.isRule() ? ruleSection(constraint.rule()) : section("## Cost");
        assertTrue(where.contains(name), name + " is not named in the contract's section on "
                + (constraint.isRule() ? "rule " + constraint.rule() : "cost"));
    }

    /** What users have is the repository: nothing they read may send them to a contract file outside it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"README.md", "docs", "datasets", "benchmarks", "src/main"})
    void nothingUsersReadPointsOutsideTheRepository(String root) throws IOException {
        List<Path> pointing;
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            pointing = files.filter(Files::isRegularFile).filter(ContractDocumentTest::pointsOutside).toList();
        }
        assertEquals(List.of(), pointing);
    }

    private static boolean pointsOutside(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return text.contains("SPEC.md") || text.contains("../shared");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ruleSection(int rule) throws IOException {
        return section("### Rule " + rule + ": ");
    }

    /** From the heading to the next heading of any level. */
    private static String section(String heading) throws IOException {
        String text = Files.readString(CONTRACT);
        int start = text.indexOf("\n" + heading);
        assertTrue(start >= 0, "no heading " + heading.strip());
        int end = text.indexOf("\n#", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
