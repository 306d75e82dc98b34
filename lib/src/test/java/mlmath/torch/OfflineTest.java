package mlmath.torch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineTest {
    @Test
    void engineLoadsFromTheNativeJar_withOfflineModeAndAnEmptyCache(@TempDir Path cache) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                "-Dai.djl.offline=true", OfflineProbe.class.getName()));
        pb.environment().put("DJL_CACHE_DIR", cache.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        var m = java.util.regex.Pattern.compile("softmax0=(\\S+)").matcher(out);
        assertTrue(m.find(), out);
        assertEquals(0.09003057317038046, Double.parseDouble(m.group(1)), 1e-15);
        // libtorch was extracted into the fresh cache from the jar on the class path, not fetched.
        try (var files = Files.walk(cache)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("libtorch") || f.getFileName().toString().startsWith("torch")), "cache filled");
        }
        // The SLF4J binding keeps DJL quiet: nothing but our line.
        assertEquals(1, out.strip().lines().count(), out);
    }
}
