package mlmath.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A checkout for the tests that run the shims: its own work/ (so the learner's real work files are never touched) and
 * its own copy of the jar, sharing the scripts, the sources and the dependencies. {@link #shared} is one copy for every
 * such test of this JVM, so its start-up caches (keyed by the jar's path) are prepared once, by the first session, in a
 * few minutes; each test class starts with its work/ emptied.
 */
final class CheckoutCopy {
    private CheckoutCopy() {}

    private static Path shared;

    /** The copy this JVM's shim tests share, with an empty work/. */
    static synchronized Path shared() throws Exception {
        if (shared == null) shared = make("mlmath-test-checkout");
        Path work = shared.resolve("work");
        if (Files.exists(work)) {
            try (var all = Files.walk(work)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        return shared;
    }

    /** A copy of its own, with empty start-up caches. */
    static Path make(String prefix) throws Exception {
        Workspace ws = LauncherTest.WS;
        assertTrue(Files.isRegularFile(ws.jar()), "build the jar first (./run.sh test does)");
        Path root = Files.createTempDirectory(prefix);
        for (String f : List.of("run.sh", "startup.jsh")) Files.copy(ws.root().resolve(f), root.resolve(f));
        Files.createSymbolicLink(root.resolve("scripts"), ws.scripts());
        Files.createDirectories(root.resolve("lib/target"));
        Files.copy(ws.jar(), root.resolve("lib/target/mlmath.jar"));
        // Newer than the sources, so the launcher does not ask to rebuild it.
        Files.setLastModifiedTime(root.resolve("lib/target/mlmath.jar"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Files.createSymbolicLink(root.resolve("lib/target/deps"), ws.target().resolve("deps"));
        Files.createSymbolicLink(root.resolve("lib/src"), ws.root().resolve("lib/src"));
        Files.createSymbolicLink(root.resolve("lib/pom.xml"), ws.root().resolve("lib/pom.xml"));
        return root;
    }
}
