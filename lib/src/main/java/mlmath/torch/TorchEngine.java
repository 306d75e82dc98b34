package mlmath.torch;

import mlmath.tensor.internal.Buffers;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import mlmath.tensor.internal.ArrayLike;
import mlmath.tensor.Tensor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Loads DJL's PyTorch engine once, offline, from the {@code pytorch-native-cpu} jar on the class path, and converts
 * between mlmath tensors and float64 NDArrays. {@link #preload()} starts loading on a background thread.
 */
public final class TorchEngine {
    private TorchEngine() {}

    private static volatile CompletableFuture<NDManager> loading;
    /** Whether a failed load has been explained: the advice comes once a session, later calls say so in a line. */
    private static final java.util.concurrent.atomic.AtomicBoolean EXPLAINED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Starts loading libtorch in the background (idempotent); the first op waits for it if it is not done. */
    public static synchronized void preload() {
        if (loading != null) return;
        // Never download: libtorch must come from the native jar Maven put on the class path. A system property,
        // because that is where DJL looks for it.
        System.setProperty("ai.djl.offline", "true");
        java.nio.file.Path cache = cacheFolder();
        if (canBeMade(cache)) System.out.println("Unpacking libtorch into " + cache + " (once; it takes a few seconds)...");
        loading = CompletableFuture.supplyAsync(() -> {
            Engine engine = Engine.getEngine("PyTorch");
            NDManager manager = engine.newBaseManager();
            // Touch an op so the first verify pays no lazy-initialisation cost.
            manager.create(new double[] {1, 2}).matMul(manager.create(new double[] {3, 4})).close();
            return manager;
        }, r -> mlmath.internal.DaemonThreads.start("libtorch-preload", r));
    }

    /** Whether {@code folder} is missing and its nearest existing ancestor is a folder (else the load fails and says why). */
    private static boolean canBeMade(java.nio.file.Path folder) {
        java.nio.file.Path p = folder.toAbsolutePath();
        if (java.nio.file.Files.exists(p)) return false;
        while (p != null && !java.nio.file.Files.exists(p)) p = p.getParent();
        return p != null && java.nio.file.Files.isDirectory(p);
    }

    /** Where DJL unpacks libtorch: DJL's own rule (ENGINE_CACHE_DIR, else DJL_CACHE_DIR, else ~/.djl.ai), plus pytorch. */
    static java.nio.file.Path cacheFolder() { return ai.djl.util.Utils.getEngineCacheDir("pytorch"); }

    /**
     * The session's base manager, waiting for the preload; throws {@link TorchUnavailableException} if loading failed:
     * the first time with the reason and the advice, later with one line pointing back to it.
     */
    public static NDManager manager() {
        preload();
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TorchUnavailableException("interrupted while loading libtorch", false);
        } catch (ExecutionException e) {
            if (EXPLAINED.compareAndSet(false, true)) {
                throw new TorchUnavailableException(describe(e.getCause(), cacheFolder(), TorchEngine::setting), true);
            }
            throw new TorchUnavailableException("libtorch did not load (the reason is above)", false);
        }
    }

    /** Why libtorch did not load and what to do, naming the folder in use and which of {@code settings} chose it. */
    static String describe(Throwable t, java.nio.file.Path folder, java.util.function.UnaryOperator<String> settings) {
        Throwable root = t;
        while (root.getCause() != null) root = root.getCause();
        String platform = System.getProperty("os.name") + " " + System.getProperty("os.arch");
        String chosenBy = settings.apply("ENGINE_CACHE_DIR") != null ? "the folder set by ENGINE_CACHE_DIR"
                : settings.apply("DJL_CACHE_DIR") != null ? "the folder set by DJL_CACHE_DIR" : "the default folder (DJL_CACHE_DIR moves it)";
        return "libtorch could not be loaded on " + platform + "\n  (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ").\n"
                + "  libtorch is unpacked into " + chosenBy + ":\n    " + folder + "\n"
                + "  It must be a writable folder; if it is damaged, delete it and start again.\n"
                + "  libtorch runs on linux-x86_64, linux-aarch64, osx-aarch64 and win-x86_64.\n"
                + "  Everything but the torch references keeps working.";
    }

    /** An environment variable or, as DJL also reads, a system property; null when neither is set. */
    private static String setting(String name) {
        String v = System.getenv(name);
        if (v == null || v.isEmpty()) v = System.getProperty(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** libtorch's version, e.g. {@code 2.7.1}. */
    public static String version() {
        manager();
        return Engine.getEngine("PyTorch").getVersion();
    }

    /** The provenance label results carry: {@code torch 2.7.1}. */
    public static String label() { return "torch " + version(); }

    /** A float64 NDArray holding {@code x} in {@code manager}. */
    public static NDArray toNd(NDManager manager, Object x) {
        Tensor t = ArrayLike.toTensor(x);
        return manager.create(Buffers.data(t), new Shape(toLongs(t.shape().dims())));
    }

    /** An int64 NDArray of class indices (what torch's losses take as targets). */
    static NDArray toIndexNd(NDManager manager, int[] indices) {
        long[] l = new long[indices.length];
        for (int i = 0; i < l.length; i++) l[i] = indices[i];
        return manager.create(l);
    }

    /** Copies an NDArray back into an mlmath tensor labelled with its provenance. */
    public static Tensor toTensor(NDArray nd, String source) {
        double[] d = nd.toType(DataType.FLOAT64, false).toDoubleArray();
        long[] shape = nd.getShape().getShape();
        int[] dims = new int[shape.length];
        for (int i = 0; i < dims.length; i++) dims[i] = (int) shape[i];
        return new Tensor(d, dims).withSource(source);
    }

    private static long[] toLongs(int[] dims) {
        long[] l = new long[dims.length];
        for (int i = 0; i < l.length; i++) l[i] = dims[i];
        return l;
    }
}
