package mlmath.learn;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeWriteTest {
    @Test
    void twoProcessesChangingOneFileAtOnce_bothKeepTheirChange(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("work").resolve("03-probability.jsh");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "// mine\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> both = List.of("softmax", "kl").stream().map(line -> {
            try {
                return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SafeWriteProbe.class.getName(),
                        file.toString(), line).inheritIO().start();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        for (Process p : both) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
        }
        String text = Files.readString(file);
        assertTrue(text.startsWith("// mine\n") && text.contains("softmax\n") && text.contains("kl\n"), text);
        try (var history = Files.list(file.getParent().resolve("history"))) {
            assertEquals(2, history.count(), "each change kept the version before it");
        }
    }

    @Test
    void aChangeThatMakesNoDifference_writesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.jsh");
        Files.writeString(file, "x\n");
        SafeWrite.Written w = SafeWrite.update(file, t -> t);
        assertTrue(w.previous().isEmpty());
        assertTrue(Files.notExists(dir.resolve("history")));
    }

    @Test
    void aFullDisk_leavesTheOriginalIntact_andSaysWhy(@TempDir Path dir) throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString()) == 0,
                "mounting a small tmpfs needs root (CI runs as root)");
        try {
            Path file = disk.resolve("work").resolve("03-probability.jsh");
            Files.createDirectories(file.getParent());
            String original = "double kl(double p, double q) {\n    return p - q;\n}\n".repeat(200);
            Files.writeString(file, original);
            // Fill the rest of the disk.
            try (var out = Files.newOutputStream(disk.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) out.write(block);
            } catch (IOException full) {
                // The disk is full now.
            }
            IOException e = assertThrows(IOException.class, () -> SafeWrite.update(file, t -> t + "// one more line\n".repeat(100)));
            assertEquals("No space left on device", SafeWrite.reason(e));
            assertEquals(original, Files.readString(file), "the original is intact");
            try (var left = Files.list(file.getParent())) {
                assertEquals(List.of("03-probability.jsh"), left.map(p -> p.getFileName().toString())
                        .filter(n -> !n.equals(".lock") && !n.equals("history")).sorted().toList(), "no temporary file is left behind");
            }
            try (var history = Files.list(file.getParent().resolve("history"))) {
                assertEquals(0, history.count(), "no half copy passes for an earlier version");
            }
        } finally {
            run("umount", disk.toString());
        }
    }

    private static int run(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
