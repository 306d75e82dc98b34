package mlmath.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary folder that is deleted, with all it holds, when closed: for what a preparing start, a check or a test
 * run writes and nobody reads again (plots of a headless run, stubbed work files, empty native caches).
 */
public final class TempFolder implements AutoCloseable {
    private final Path path;

    private TempFolder(Path path) { this.path = path; }

    /** A new empty folder in the system's temporary folder, its name starting with {@code prefix}. */
    public static TempFolder create(String prefix) throws IOException { return new TempFolder(Files.createTempDirectory(prefix)); }

    public Path path() { return path; }

    /** Deletes the folder and what is in it. */
    @Override public void close() { deleteTree(path); }

    /**
     * Deletes {@code dir} and what is in it, if it exists; links are deleted, not followed. Whatever cannot be deleted
     * (a file Windows still holds open) stays.
     */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left behind in the temporary folder, which the system clears.
        }
    }
}
