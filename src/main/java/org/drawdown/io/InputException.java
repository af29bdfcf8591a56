package org.drawdown.io;

import java.nio.file.Path;

/**
 * Input that Drawdown refuses. The message names the file, the entry (an id or a JSON path, with line and column
 * when the JSON itself is broken) and the problem, on one line, so the command line can print it as it is.
 */
public class InputException extends Exception {

    private final transient Path file;
    private final String entry;
    private final String problem;

    public InputException(Path file, String entry, String problem) {
        super(file + ": " + (entry == null || entry.isEmpty() ? "" : entry + ": ") + problem);
        this.file = file;
        this.entry = entry;
        this.problem = problem;
    }

    public Path getFile() {
        return file;
    }

    public String getEntry() {
        return entry;
    }

    public String getProblem() {
        return problem;
    }
}
