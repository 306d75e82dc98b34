package mlmath.launch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up caches that can't hurt: a truncated class-data archive (the JVM dies mapping it) is dropped by the shim and
 * the session starts without it; one with garbage in its header (the JVM ignores it silently) is found by its
 * fingerprint and rebuilt; a fast copy cut short is prepared again instead of served.
 */
class DamagedCacheTest {
    private static Path root;

    /** A copy with caches of its own, filled from a shared copy's (built once for all the tests that run the shims). */
    @BeforeAll
    static void preparedCopy() throws Exception {
        Path shared = CheckoutCopy.make("mlmath-caches-shared");
        shim(shared, "/exit\n", "01");                                        // prepares the shared caches if need be
        root = CheckoutCopy.make("mlmath-caches-damaged", false);
        Path from = shared.resolve("lib/target/launch").toRealPath(), to = root.resolve("lib/target/launch");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(q);
                else Files.copy(p, q, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static Path archive() { return root.resolve("lib/target/launch/start-" + Runtime.version().feature() + ".jsa"); }

    private static String shim(Path in, String typed, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", in.resolve("run.sh").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(in.toFile()).redirectErrorStream(true);
        pb.environment().put("MLMATH_HEADLESS", "1");
        Process p = pb.start();
        p.getOutputStream().write(typed.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS));
        return out;
    }

    private static void writable(Path p) throws IOException { p.toFile().setWritable(true); }

    @Test
    void aTruncatedArchive_isDroppedByTheShim_andTheVerbStillRuns() throws Exception {
        assertTrue(Files.isRegularFile(archive()));
        writable(archive());
        try (RandomAccessFile f = new RandomAccessFile(archive().toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        String out = shim(root, "", "--help");
        assertTrue(out.contains("the start-up archive " + archive() + " is damaged; starting without it (it is rebuilt)"), out);
        assertTrue(out.contains("usage: ./run.sh"), out);
        assertFalse(Files.exists(archive()));
        try (Stream<Path> top = Files.list(root)) {
            assertTrue(top.noneMatch(p -> p.getFileName().toString().startsWith("hs_err")), "no crash log in the checkout");
        }
    }

    @Test
    void aFastCopyCutShort_isPreparedAgain_notServed() throws Exception {
        Path copy = root.resolve("lib/target/launch/fast/01-the-map.jsh");
        String whole = Files.readString(copy);
        Files.writeString(copy, whole.substring(0, whole.length() / 2));
        String out = shim(root, "/exit\n", "01");
        // Prepared again: for itself, or with the archive (this copy's archive key names its own jar's path).
        assertTrue(out.contains("Preparing a faster start"), out);
        assertFalse(out.contains("unclosed") || out.contains("Exception"), out);
        assertEquals(whole, Files.readString(copy), "prepared again, whole");
    }
}
