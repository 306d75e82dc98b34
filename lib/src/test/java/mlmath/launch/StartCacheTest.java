package mlmath.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which start-up archive each JDK gets, and how its training start is told to write it. */
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
}
