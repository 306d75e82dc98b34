package mlmath.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** P1 finds the JDK 25+ to time beside the one running the bench, by the JDKs' release files. */
class JdkBesideTest {
    private static Path jdk(Path dir, String name, String version, boolean jshell) throws Exception {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
        Path bin = Files.createDirectories(home.resolve("bin"));
        if (jshell) Files.createFile(bin.resolve("jshell")).toFile().setExecutable(true);
        return home;
    }

    @Test
    void theNewestJdk25OrLaterWithJShell_isFound_besideTheRunningOne(@TempDir Path jvms) throws Exception {
        Path running = jdk(jvms, "java-17-openjdk-amd64", "17.0.15", true);
        assertEquals(Optional.empty(), Bench.jdkBeside(running, 25));
        Path jdk25 = jdk(jvms, "temurin-25-jdk-amd64", "25.0.3", true);
        jdk(jvms, "jre-26", "26", false);                  // a runtime without JShell is not timed
        jdk(jvms, "old", "1.8.0_402", true);
        assertEquals(Optional.of(jdk25), Bench.jdkBeside(running, 25));
        assertEquals(OptionalInt.of(8), Bench.feature(jvms.resolve("old")));
        assertEquals(OptionalInt.empty(), Bench.feature(jvms.resolve("nowhere")));
    }
}
