package mlmath.torch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineTest {
    /** Runs {@link OfflineProbe} in a fresh JVM with {@code classPath} and {@code cache} as DJL's cache; returns its output. */
    private static String probe(String classPath, Path cache) throws Exception { return probe(OfflineProbe.class, classPath, cache); }

    private static String probe(Class<?> main, String classPath, Path cache) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(javaBin, "-cp", classPath, "-Dai.djl.offline=true", main.getName()));
        pb.environment().put("DJL_CACHE_DIR", cache.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void withoutTheNativeJar_torchIsReportedUnavailable_andNothingIsDownloaded(@TempDir Path cache) throws Exception {
        String cp = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.contains("pytorch-native-cpu")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        String out = probe(cp, cache);
        assertTrue(out.contains("torch unavailable: libtorch could not be loaded on "), out);
        assertTrue(out.contains("numpy side: 2.0"), out);
        try (var files = Files.walk(cache)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("libtorch")), "nothing fetched");
        }
    }

    @Test
    void engineLoadsFromTheNativeJar_withOfflineModeAndAnEmptyCache(@TempDir Path cache) throws Exception {
        String out = probe(System.getProperty("java.class.path"), cache);
        var m = java.util.regex.Pattern.compile("softmax0=(\\S+)").matcher(out);
        assertTrue(m.find(), out);
        assertEquals(0.09003057317038046, Double.parseDouble(m.group(1)), 1e-15);
        // libtorch was extracted into the fresh cache from the jar on the class path, not fetched.
        try (var files = Files.walk(cache)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("libtorch") || f.getFileName().toString().startsWith("torch")), "cache filled");
        }
        // The SLF4J binding keeps DJL quiet: nothing but our first-run notice and our line.
        assertEquals(List.of("Unpacking libtorch into " + cache.resolve("pytorch") + " (once; it takes a few seconds)..."),
                out.strip().lines().filter(l -> !l.startsWith("softmax0=")).toList());
    }

    @Test
    void aCacheThatIsAFile_isExplainedOnce_namingTheFolderInUse(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("djl-cache"), "a file where DJL_CACHE_DIR should be a folder");
        String out = probe(UnusableCacheProbe.class, System.getProperty("java.class.path"), notAFolder);
        String folder = notAFolder.resolve("pytorch").toString();
        assertEquals(1, out.split("could not be loaded", -1).length - 1, out);
        assertTrue(out.contains("threw: torch unavailable: libtorch could not be loaded on "), out);
        assertTrue(out.contains("  libtorch is unpacked into the folder set by DJL_CACHE_DIR:\n    " + folder + "\n"), out);
        assertFalse(out.contains("~/.djl.ai"), out);
        assertEquals(2, out.split("threw: torch unavailable: libtorch did not load \\(the reason is above\\)", -1).length - 1, out);
        assertFalse(out.contains("Unpacking libtorch"), "no promise to unpack into a file:\n" + out);
        assertTrue(out.contains("numpy side: 2.0"), out);
    }

    @Test
    void theAdvice_namesTheFolderAndWhatChoseIt() {
        Path home = Path.of("/home/someone/.djl.ai/pytorch");
        String text = TorchEngine.describe(new java.io.IOException("boom"), home, name -> null);
        assertTrue(text.contains("(IOException: boom)"), text);
        assertTrue(text.contains("  libtorch is unpacked into the default folder (DJL_CACHE_DIR moves it):\n"
                + "    /home/someone/.djl.ai/pytorch\n"), text);
        assertTrue(text.lines().allMatch(l -> l.length() <= 80), text);
        java.util.Map<String, String> set = java.util.Map.of("ENGINE_CACHE_DIR", "/e", "DJL_CACHE_DIR", "/d");
        assertTrue(TorchEngine.describe(new java.io.IOException(), Path.of("/e/pytorch"), set::get)
                .contains("into the folder set by ENGINE_CACHE_DIR:\n    /e/pytorch\n"));
    }
}
