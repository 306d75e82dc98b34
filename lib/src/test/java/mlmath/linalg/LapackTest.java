package mlmath.linalg;

import mlmath.np.Np;
import mlmath.tensor.Tensor;
import mlmath.torch.Torch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LapackTest {
    private final Np np = new Np();

    @Test
    void openBlasAndLibtorch_runSideBySideInOneJvm() {
        np.random.seed(1);
        Tensor a = np.random.randn(300, 200), b = np.random.randn(200, 100);
        Tensor ours = a.matmul(b);                                              // dgemm
        Tensor theirs = new Torch().matmul(a, b);                                // libtorch
        assertTrue(Lapack.openBlasReady());
        assertTrue(ours.sub(theirs).abs().max().item() < 1e-12);
        // And LAPACK still answers after libtorch has started its own thread pools.
        Tensor s = np.linalg.svdvals(a);
        assertTrue(Math.abs(s.get(0) - np.linalg.norm(a, 2)) < 1e-12 * s.get(0));
    }

    @Test
    void theKernelOpenBlasRuns_isTheOneOpenblasCoretypeForces() throws Exception {
        // pom.xml runs the linalg tests a second time with OPENBLAS_CORETYPE=Sandybridge: this is what makes that run
        // another kernel's (OpenBLAS reports its kernel names in its own capitals, e.g. SkylakeX).
        String forced = System.getenv("OPENBLAS_CORETYPE");
        org.junit.jupiter.api.Assumptions.assumeTrue(forced != null && !forced.isBlank(), "OPENBLAS_CORETYPE is not set");
        // A CPU without the kernel's instructions gets a lesser kernel instead; Linux says which instructions it has.
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (forced.strip().equalsIgnoreCase("Sandybridge") && Files.isReadable(cpuinfo)) {
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.readString(cpuinfo).contains(" avx "), "this CPU has no AVX");
        }
        assertEquals(forced.strip().toLowerCase(java.util.Locale.ROOT), Lapack.kernel().toLowerCase(java.util.Locale.ROOT));
        assertTrue(Lapack.describe().contains(Lapack.kernel() + " kernels"), Lapack.describe());
    }

    @Test
    void aThreadedLuCalledFromASmallJavaStack_runsOnTheLapackThread() throws Exception {
        // OpenBLAS threads dgetrf at 400² and keeps its job tables on the caller's stack: on this 256 KB thread the
        // call itself used to crash the JVM.
        np.random.seed(2);
        Tensor a = np.random.randn(400, 400);
        Tensor[] inv = new Tensor[1];
        double[] det = new double[1];
        Thread small = new Thread(null, () -> {
            inv[0] = np.linalg.inv(a);
            det[0] = np.linalg.det(a.matmul(a.T())).item();
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertTrue(inv[0].matmul(a).sub(np.eye(400)).abs().max().item() < 1e-10);
        assertTrue(det[0] > 0, "det(A·Aᵀ) of a full-rank A is positive: " + det[0]);
    }

    @Test
    void noLongLivedThread_isLeftInASnippetsThreadGroup(@TempDir Path cache) throws Exception {
        // JShell joins every thread it finds in a snippet's group: the LAPACK worker, started by a snippet's first
        // large call, hung `prepare` whenever the machine was busy enough to let it start before JShell looked; JNA's
        // and JavaCPP's service threads, started by a first random draw or native buffer, could do the same.
        assertEquals("left in the snippet's group: 0", run(System.getProperty("java.class.path"), cache, SnippetGroupProbe.class).strip());
    }

    /** Starts {@link LinalgProbe} in a fresh JVM; returns its output lines as key=value. */
    private static Map<String, String> probe(String classPath, Path cache) throws Exception {
        return run(classPath, cache, LinalgProbe.class).lines().collect(Collectors.toMap(
                l -> l.contains("=") ? l.substring(0, l.indexOf('=')) : l,
                l -> l.contains("=") ? l.substring(l.indexOf('=') + 1) : "", (x, y) -> x + "\n" + y));
    }

    private static String run(String classPath, Path cache, Class<?> main) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", classPath,
                "-Dorg.bytedeco.javacpp.cachedir=" + cache, main.getName())).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static String withoutNativeOpenBlas() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !(e.contains("openblas") && e.contains(platformClassifier())))
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void withoutTheNativeJar_everyFixture_passesOnEjml_toNumpysAccuracy(@TempDir Path cache) throws Exception {
        String out = run(withoutNativeOpenBlas(), cache, FallbackFixtures.class);
        List<String> lines = out.lines().filter(l -> !l.startsWith("np.linalg: OpenBLAS could not be loaded")).toList();
        assertEquals(List.of("done"), lines, out);
    }

    @Test
    void firstRunWithAnEmptyJavaCppCache_unpacksOpenBlasFromTheJar_silently(@TempDir Path cache) throws Exception {
        Map<String, String> out = probe(System.getProperty("java.class.path"), cache);
        assertTrue(out.get("driver").startsWith("OpenBLAS 0.3.31 ("), out.toString());
        assertEquals(Set.of("driver", "svdvals", "eigvalsh", "solve", "det", "cholesky", "lstsq", "eigvals", "eigvecs", "matmul"), out.keySet(),
                "nothing but the probe's lines: " + out);
        try (var files = Files.walk(cache)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("libopenblas")), "unpacked into the given cache");
        }
    }

    @Test
    void withoutTheNativeJar_ejmlAnswers_afterOneNotice(@TempDir Path cache) throws Exception {
        Map<String, String> fallback = probe(withoutNativeOpenBlas(), cache), native_ = probe(System.getProperty("java.class.path"), cache);
        assertEquals("EJML (pure Java; OpenBLAS did not load)", fallback.get("driver"));
        String notice = fallback.keySet().stream().filter(k -> k.startsWith("np.linalg: OpenBLAS could not be loaded"))
                .findFirst().orElseThrow(() -> new AssertionError("no notice: " + fallback));
        assertTrue(notice.endsWith("; using the pure-Java fallback (EJML), slower."), notice);
        assertEquals(11, fallback.size(), "one notice line and the probe's: " + fallback);
        for (String key : List.of("svdvals", "eigvalsh", "solve", "det", "lstsq", "matmul")) {
            assertClose(native_.get(key), fallback.get(key), key);
        }
        // Cholesky factors are unique; the complex pair prints the same.
        assertClose(native_.get("cholesky"), fallback.get("cholesky"), "cholesky");
        assertEquals("array([0.+1.j, 0.-1.j])", fallback.get("eigvals"));
        // Complex eigenvectors (EJML has none: inverse iteration) normalised as dgeev does, so they agree too.
        assertClose(native_.get("eigvecs"), fallback.get("eigvecs"), "eigvecs");
    }

    private static String platformClassifier() {
        String os = System.getProperty("os.name").toLowerCase(), arch = System.getProperty("os.arch");
        String o = os.contains("win") ? "windows" : os.contains("mac") ? "macosx" : "linux";
        return o + "-" + (arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : "arm64");
    }

    private static void assertClose(String expected, String actual, String what) {
        double[] e = Arrays.stream(expected.split(" ")).mapToDouble(Double::parseDouble).toArray();
        double[] a = Arrays.stream(actual.split(" ")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(e.length, a.length, what);
        double scale = Arrays.stream(e).map(Math::abs).max().orElse(1);
        for (int i = 0; i < e.length; i++) assertEquals(e[i], a[i], 1e-10 * scale, what + "[" + i + "]");
    }
}
