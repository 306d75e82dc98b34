package mlmath.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A checkout for a test that runs the shims: its own work/ (so the learner's real work files are never touched) and its
 * own copy of the jar, sharing the scripts, the sources and the dependencies, and with the other copies of this test
 * JVM the start-up caches: the first session of the first copy prepares them (a few minutes), the others reuse them.
 */
final class CheckoutCopy {
    private CheckoutCopy() {}

    private static Path caches;

    private static synchronized Path caches() throws Exception {
        if (caches == null) caches = Files.createTempDirectory("mlmath-test-launch-caches");
        return caches;
    }

    static Path make(String prefix) throws Exception { return make(prefix, true); }

    /** As {@link #make(String)}; with {@code sharedCaches} false the copy's start-up caches are its own (and empty). */
    static Path make(String prefix, boolean sharedCaches) throws Exception {
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
        if (sharedCaches) Files.createSymbolicLink(root.resolve("lib/target/launch"), caches());
        Files.createSymbolicLink(root.resolve("lib/src"), ws.root().resolve("lib/src"));
        Files.createSymbolicLink(root.resolve("lib/pom.xml"), ws.root().resolve("lib/pom.xml"));
        return root;
    }
}
