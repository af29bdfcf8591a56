package org.drawdown.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.drawdown.cli.DrawdownCommand;
import org.drawdown.io.StrictJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed datasets are exactly what their documented generators write, so neither can drift. */
class CommittedDatasetsTest {

    private static final Path DATASETS = Path.of("datasets");

    @Test
    void nigerFileIsWhatNigerDatasetWrites() throws IOException {
        assertEquals(Files.readString(DATASETS.resolve("niger-2024.json")),
                StrictJson.toJson(NigerDataset.scenario()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gen-s.json", "gen-m.json"})
    void generatedFileIsWhatItsCommandInTheReadmeWrites(String fileName, @TempDir Path directory)
            throws IOException {
        List<String> arguments = documentedArguments(fileName);
        // Same file name in another directory: the scenario's name comes from it.
        int out = arguments.indexOf("--out") + 1;
        arguments.set(out, directory.resolve(fileName).toString());
        assertEquals(0, DrawdownCommand.execute(arguments.toArray(String[]::new)));
        assertEquals(Files.readString(DATASETS.resolve(fileName)), Files.readString(directory.resolve(fileName)));
    }

    /** The arguments after {@code ./drawdown} on the README line that generates the file. */
    private static List<String> documentedArguments(String fileName) throws IOException {
        String line = Files.readAllLines(DATASETS.resolve("README.md")).stream()
                .map(String::strip)
                .filter(l -> l.startsWith("./drawdown generate ") && l.endsWith("--out datasets/" + fileName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("datasets/README.md has no command for " + fileName));
        List<String> words = new ArrayList<>(Arrays.asList(line.split("\\s+")));
        return words.subList(1, words.size());
    }
}
