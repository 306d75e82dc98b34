package mlmath.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up caches that can't hurt: a class-data archive cut short (the JVM dies mapping it) is dropped by the shim and
 * the verb runs without it; a fast copy cut short is prepared again instead of served.
 */
class DamagedCacheTest {
    private static String run(Path dir, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return out;
    }

    @Test
    void anArchiveCutShort_isDroppedByTheShim_andTheVerbStillRuns() throws Exception {
        Path root = CheckoutCopy.make("mlmath-damaged-archive");
        Path archive = root.resolve("lib/target/launch/start-" + Runtime.version().feature() + ".jsa");
        Files.createDirectories(archive.getParent());
        // A small archive of the same jar, as the launcher makes a large one: the JVM maps it at every start.
        run(root, Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-cp", root.resolve("lib/target/mlmath.jar").toString(), Launcher.class.getName(), "--help");
        assertTrue(Files.isRegularFile(archive));
        archive.toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        String out = run(root, "bash", root.resolve("run.sh").toString(), "--help");
        assertTrue(out.contains("the start-up archive " + archive + " is damaged; starting without it (it is rebuilt)"), out);
        assertTrue(out.contains("usage: ./run.sh"), out);
        assertFalse(Files.exists(archive));
        try (Stream<Path> top = Files.list(root)) {
            assertTrue(top.noneMatch(p -> p.getFileName().toString().startsWith("hs_err")), "no crash log in the checkout");
        }
    }

    @Test
    void aFastCopyCutShort_isNotServed_andCountsAsNotPrepared(@TempDir Path dir) throws Exception {
        Files.createSymbolicLink(dir.resolve("scripts"), LauncherTest.WS.scripts());
        Files.copy(LauncherTest.WS.startup(), dir.resolve("startup.jsh"));
        Workspace ws = new Workspace(dir);
        Path section = ws.section("01");
        LauncherTest.captured(() -> {
            FastCopy.write(ws, List.of(section), "jar");
            return true;
        });
        assertEquals(FastCopy.path(ws, section), FastCopy.forSession(ws, section, "jar"));
        assertTrue(FastCopy.isCurrent(ws, section, "jar"));
        String whole = Files.readString(FastCopy.path(ws, section));
        Files.writeString(FastCopy.path(ws, section), whole.substring(0, whole.length() / 2));
        assertNull(FastCopy.forSession(ws, section, "jar"), "a copy cut short is never served");
        assertFalse(FastCopy.isCurrent(ws, section, "jar"), "so it is prepared again");
        assertFalse(FastCopy.isCurrent(ws, section, "another jar"));
    }
}
