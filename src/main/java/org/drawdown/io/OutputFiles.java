package org.drawdown.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Where Drawdown's files go. Output paths are checked before any work starts, so that a long solve is not run for
 * a file that cannot be written; files are replaced atomically (a temporary file beside the target, then a rename),
 * so that readers see the old content or the new, never a part; and what could not be written after all is saved in
 * the system's temporary directory rather than lost.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** An output path with the option that names it, for the refusal to say which one is wrong. */
    public record Output(String option, Path path) {
    }

    /** An input file with what it is called on the command line, e.g. "SCENARIO". */
    public record Input(String label, Path path) {
    }

    /**
     * Refuses output files that cannot be written: a directory, a missing or non-directory parent, a parent where
     * no file can be created, an input, or another output of the same command. A null path is an output (or an
     * input) not given.
     */
    public static void refuseUnwritableFiles(List<Output> outputs, List<Input> inputs) throws InputException {
        List<Output> asked = outputs.stream().filter(output -> output.path() != null).toList();
        for (int i = 0; i < asked.size(); i++) {
            Output output = asked.get(i);
            Path file = output.path();
            refuseClash(output, asked.subList(0, i), inputs);
            if (Files.isDirectory(file)) {
                throw new InputException(file, output.option(), "is a directory; give the name of a file to write");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A device or a pipe (/dev/stdout) is written straight into, not replaced.
                if (!Files.isWritable(file)) {
                    throw new InputException(file, output.option(), "cannot be written (no permission)");
                }
                continue;
            }
            Path parent = parentOf(file);
            if (!Files.exists(parent)) {
                throw new InputException(file, output.option(), "directory " + parent + " does not exist");
            }
            refuseUncreatable(file, output.option(), parent);
        }
    }

    /**
     * Refuses an output directory that cannot be written: a file, or a path below a file, or one whose nearest
     * existing directory (it is made when missing, with its parents) takes no new file.
     */
    public static void refuseUnwritableDirectory(Output output, List<Input> inputs) throws InputException {
        Path directory = output.path();
        for (Input input : inputs) {
            if (input.path() != null && sameFile(directory, input.path())) {
                throw new InputException(directory, output.option(), "is the input " + input.label()
                        + "; give a directory to write into");
            }
        }
        Path existing = directory.toAbsolutePath().normalize();
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            boolean itself = existing.equals(directory.toAbsolutePath().normalize());
            throw new InputException(directory, output.option(), (itself ? "" : existing + " ")
                    + "is a file, not a directory");
        }
        refuseUncreatable(directory, output.option(), existing);
    }

    /** Writes one file atomically; a device or pipe that already exists is written straight into. */
    public static void write(Path target, String content) throws IOException {
        writeAll(Map.of(target, content));
    }

    /**
     * Writes several files all or none: each to a temporary file beside its target, and only when every one is
     * complete, each renamed over its target. A failure leaves every target as it was and no temporary file.
     */
    public static void writeAll(Map<Path, String> contents) throws IOException {
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, String> entry : contents.entrySet()) {
                Path target = entry.getKey().toAbsolutePath();
                if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
                    Files.writeString(target, entry.getValue());
                    continue;
                }
                Path directory = target.getParent();
                Files.createDirectories(directory);
                // Created like any new file (not with createTempFile's owner-only permissions), under a unique name.
                Path temporary = Files.createFile(
                        directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
                temporaries.put(temporary, target);
                Files.writeString(temporary, entry.getValue());
            }
            for (Map.Entry<Path, Path> renaming : temporaries.entrySet()) {
                try {
                    Files.move(renaming.getKey(), renaming.getValue(), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(renaming.getKey(), renaming.getValue(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            for (Path temporary : temporaries.keySet()) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Writes a file that took work to make; when it cannot be written, saves the content in the system's temporary
     * directory and refuses with one line that says why and where the content is.
     */
    public static void writeOrSave(Path target, String what, String content) throws InputException {
        try {
            write(target, content);
        } catch (IOException e) {
            String saved;
            try {
                Path copy = Files.createTempFile("drawdown-", "-" + target.getFileName());
                Files.writeString(copy, content);
                saved = "the " + what + " is saved in " + copy;
            } catch (IOException alsoFailed) {
                saved = "nor could the " + what + " be saved in the temporary directory (" + reason(alsoFailed) + ")";
            }
            throw new InputException(target, "", "cannot be written (" + reason(e) + "); " + saved);
        }
    }

    /** Why a write failed, in a few words: the system's reason, without Java's exception names. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason();
        }
        return Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
    }

    private static void refuseClash(Output output, List<Output> earlier, List<Input> inputs) throws InputException {
        for (Input input : inputs) {
            if (input.path() != null && sameFile(output.path(), input.path())) {
                throw new InputException(output.path(), output.option(), "is the input " + input.label()
                        + "; write to another file so that the input stays as it is");
            }
        }
        for (Output other : earlier) {
            if (sameFile(output.path(), other.path())) {
                throw new InputException(output.path(), output.option(), "is also the file of " + other.option()
                        + "; give each its own file");
            }
        }
    }

    /** Can a file be made in the directory? Trying is the only sure test: root ignores permission bits. */
    private static void refuseUncreatable(Path output, String option, Path directory) throws InputException {
        if (!Files.isDirectory(directory)) {
            throw new InputException(output, option, directory + " is not a directory");
        }
        try {
            Files.delete(Files.createTempFile(directory, ".drawdown-", ".probe"));
        } catch (IOException e) {
            throw new InputException(output, option, "cannot be written: no file can be made in " + directory
                    + " (" + reason(e) + ")");
        }
    }

    private static Path parentOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    /** The same file, whether or not it exists yet: by identity when both exist, else by normalized path. */
    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Fall back to the names.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
