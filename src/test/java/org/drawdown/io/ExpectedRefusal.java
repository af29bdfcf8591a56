package org.drawdown.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One row of a table of expected refusals, {@code file | entry | start of the problem}: the corpus file, the entry
 * its message must name (blank when the problem concerns the whole file), and how its problem must start.
 */
public record ExpectedRefusal(String file, String entry, String problemStart) {

    /** Reads a table: the first line is a header; blank lines and lines starting with # are skipped. */
    public static List<ExpectedRefusal> readTable(Path table) throws IOException {
        try (Stream<String> lines = Files.lines(table)) {
            return lines.skip(1)
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(ExpectedRefusal::parse)
                    .toList();
        }
    }

    /** The names of the files in a corpus directory, sorted, to compare with a table's. */
    public static List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static ExpectedRefusal parse(String line) {
        String[] columns = line.split("\\|", 3);
        if (columns.length != 3) {
            throw new IllegalArgumentException("not \"file | entry | start of the problem\": " + line);
        }
        return new ExpectedRefusal(columns[0].strip(), columns[1].strip(), columns[2].strip());
    }

    /** The file alone, as the name of a parameterized test. */
    @Override
    public String toString() {
        return file;
    }
}
