package mlmath.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which start-up archive each JDK gets, how its training start is told to write it, and that one launcher prepares it. */
class StartCacheTest {
    private static final Path PART = Path.of("/checkout/lib/target/launch/start.part");

    @Test
    void jdk25AndLater_getAnAheadOfTimeCache_olderOnesADynamicArchive() {
        assertEquals("start-17.jsa", StartCache.archiveName(17));
        assertEquals("start-21.jsa", StartCache.archiveName(21));
        assertEquals("start-25.aot", StartCache.archiveName(25));
        assertEquals("start-26.aot", StartCache.archiveName(26));
        assertFalse(StartCache.usesAotCache(24));
        assertTrue(StartCache.usesAotCache(25));
    }

    @Test
    void theTrainingStart_recordsAConfigurationOnJdk25_andDumpsAtExitBefore() {
        assertEquals(List.of("-XX:ArchiveClassesAtExit=" + PART, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                StartCache.trainingOptions(21, PART));
        Path conf = PART.resolveSibling("start.part.conf");
        assertEquals(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + conf, "-Xlog:aot=off", "-Xlog:cds=off"),
                StartCache.trainingOptions(25, PART));
        assertEquals(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf, "-XX:AOTCache=" + PART, "-Xlog:aot=off", "-Xlog:cds=off"),
                StartCache.creationOptions(PART));
    }

    @Test
    void theTrainingStart_keepsTheSessionsOptions_butNotItsArchiveOrArchiveLogging() {
        List<String> shim = List.of("-XX:+UseSerialGC", "-Xmn128m", "--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-XX:AOTCache=/c/start-25.aot", "-Xlog:aot=off", "-XX:SharedArchiveFile=/c/start-17.jsa",
                "-Dmlmath.root=/c");
        assertEquals(List.of("-XX:+UseSerialGC", "-Xmn128m", "--add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED", "-Dmlmath.root=/c"),
                StartCache.inherited(shim));
    }

    @Test
    void twoPreparationsAtOnce_onlyOneRuns_theOtherStartsWithout(@TempDir Path dir) throws Exception {
        Workspace ws = new Workspace(dir);
        CountDownLatch loserAnswered = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger();
        StartCache.Preparation preparation = () -> {
            ran.incrementAndGet();
            loserAnswered.await();   // still preparing while the other one asks
        };
        var first = CompletableFuture.supplyAsync(() -> alone(ws, preparation));
        var second = CompletableFuture.supplyAsync(() -> alone(ws, preparation));
        assertEquals(false, CompletableFuture.anyOf(first, second).get(30, TimeUnit.SECONDS), "the one that ends first did not prepare");
        loserAnswered.countDown();
        assertTrue(first.get(30, TimeUnit.SECONDS) ^ second.get(30, TimeUnit.SECONDS));
        assertEquals(1, ran.get());
        assertTrue(alone(ws, () -> { }), "the lock is released when the preparation ends");
    }

    @Test
    void aLauncherStartingWhileAnotherPrepares_startsWithoutTheCache_andLeavesItsFilesAlone() throws Exception {
        Path root = CheckoutCopy.make("mlmath-prepare-race");
        try {
            aLauncherStartsWhileThisOnePrepares(root);
        } finally {
            try (var all = Files.walk(root)) {   // symbolic links are removed, not followed
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }

    private static void aLauncherStartsWhileThisOnePrepares(Path root) throws Exception {
        Workspace ws = new Workspace(root);
        Path othersPart = FastCopy.part(StartCache.archive(ws));
        AtomicReference<String> said = new AtomicReference<>("");
        // This JVM is the launcher preparing (a process other than the shim's), with its archive in the making.
        assertTrue(StartCache.alone(ws, () -> {
            Files.writeString(othersPart, "in the making");
            Process p = new ProcessBuilder("bash", root.resolve("run.sh").toString()).directory(root.toFile())
                    .redirectErrorStream(true).start();
            try (var in = p.getOutputStream()) {
                in.write("/exit\n".getBytes(StandardCharsets.UTF_8));
            }
            said.set(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(p.waitFor(300, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), said.get());
        }));
        assertTrue(said.get().contains("Another launcher is preparing the faster start; starting without it."), said.get());
        assertFalse(said.get().contains("Preparing a faster start"), said.get());
        assertTrue(Files.isRegularFile(othersPart), "the other launcher's archive in the making is left alone");
        assertFalse(Files.exists(StartCache.archive(ws)));
    }

    private static boolean alone(Workspace ws, StartCache.Preparation preparation) {
        try {
            return StartCache.alone(ws, preparation);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
