package mlmath.np;

import mlmath.Workbook;
import mlmath.internal.Settings;
import mlmath.linalg.EigResult;
import mlmath.linalg.EighResult;
import mlmath.linalg.LinAlgError;
import mlmath.linalg.LstsqResult;
import mlmath.linalg.QRResult;
import mlmath.linalg.SVDResult;
import mlmath.linalg.SlogdetResult;
import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import mlmath.torch.TorchError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls every public method of {@code np}, {@link Tensor}, np.random, np.linalg, the result records, Workbook and a
 * plot with null, empty, NaN/Inf, negative and huge arguments and with other types where an Object is taken: each call
 * must return or fail with a one-line error of mlmath's (numpy's wording) — never an NPE, an index or cast error, an
 * OutOfMemoryError, a StackOverflowError or a hang.
 */
class BadArgumentsTest {
    private static final Np np = new Np();
    private static final Tensor A = np.arange(6.0).reshape(2, 3);

    private static List<Object> candidates(Class<?> type) {
        List<Object> c = new ArrayList<>();
        if (type == int.class) c.addAll(List.of(-1, 0, 3, Integer.MAX_VALUE, Integer.MIN_VALUE));
        else if (type == long.class) c.addAll(List.of(-1L, Long.MAX_VALUE, Long.MIN_VALUE));
        else if (type == double.class) c.addAll(List.of(Double.NaN, Double.POSITIVE_INFINITY, -1.0, 1e300));
        else if (type == boolean.class) c.add(true);
        else if (type == Integer.class) c.addAll(java.util.Arrays.asList(null, -1, Integer.MAX_VALUE, Integer.MIN_VALUE));
        else if (type == int[].class) {
            c.add(null);
            c.add(new int[] {-1});
            c.add(new int[] {46000, 46000});
            c.add(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE});
            c.add(new int[0]);
        } else if (type == double[].class) {
            c.add(null);
            c.add(new double[0]);
            c.add(new double[] {Double.NaN});
        } else if (type == int[][].class) {
            c.add(null);
            c.add(new int[][] {{0}, null});
            c.add(new int[][] {{7}, {-9}});
        } else if (type == String[].class) {
            c.add(null);
            c.add(new String[] {null});
        } else if (type == String[][].class) {
            c.add(null);
            c.add(new String[][] {null});
            c.add(new String[][] {{"a", null}});
        } else if (type == Runnable.class) c.add(null);
        else if (type == String.class) c.addAll(java.util.Arrays.asList(null, "", "ij,jk->ik", ":, None, 9", "xy"));
        else if (type == DType.class) c.addAll(java.util.Arrays.asList(null, DType.BOOL));
        else if (type == Shape.class) c.addAll(java.util.Arrays.asList(null, new Shape(2)));
        else if (type == DoubleUnaryOperator.class) c.add(null);
        else if (type == Object[].class) {
            c.add(null);
            c.add(new Object[0]);
            c.add(new Object[] {null});
            c.add(new Object[] {A, np.ones(4)});
        } else {
            c.addAll(java.util.Arrays.asList(null, new double[0], Double.NaN, -1, new double[][] {{1, 2}, {3}}, "text",
                    np.array(true), A, np.zeros(0, 3), new int[] {Integer.MAX_VALUE}, np.array(Double.NaN),
                    np.array(new int[] {Integer.MAX_VALUE}), np.array(new int[] {-7}), new Object(), List.of(1.0, 2.0), Long.MAX_VALUE,
                    new int[][] {{1, 2}, {3, 4}}));
        }
        c.removeIf(v -> v != null && !type.isInstance(v) && !type.isPrimitive());
        return c;
    }

    @Test
    void everyPublicMethod_failsWithAOneLineMessageOnly(@TempDir Path plots) throws Exception {
        try (Settings.Scope s = Settings.use(Settings.current().withHeadless().withPlots(plots))) {
            probeEveryPublicMethod();
            mlmath.plot.Figure.awaitPlots(30);  // the probe's plots are written before their folder goes
        }
    }

    private static void probeEveryPublicMethod() throws Exception {
        List<String> problems = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bad-arguments");
            t.setDaemon(true);
            return t;
        });
        int calls = 0;
        try {
            for (Object target : targets()) {
                Class<?> cls = target instanceof Class<?> c ? c : target.getClass();
                for (Method m : declaredOps(cls)) {
                    if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || UNPROBED.contains(m.getName())) continue;
                    for (Object[] args : combinations(m.getParameterTypes())) {
                        calls++;
                        Future<Object> f = pool.submit(() -> m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target, args));
                        try {
                            f.get(10, TimeUnit.SECONDS);
                        } catch (TimeoutException e) {
                            f.cancel(true);
                            problems.add(describe(m, args) + ": no answer within 10 s");
                            pool.shutdownNow();
                            pool = Executors.newSingleThreadExecutor();
                        } catch (java.util.concurrent.ExecutionException e) {
                            if (!(e.getCause() instanceof InvocationTargetException ite)) {
                                problems.add(describe(m, args) + ": the probe cannot call it: " + e.getCause());
                                continue;
                            }
                            Throwable cause = ite.getCause();
                            if (!numpyWorded(cause) || cause.getMessage() == null || cause.getMessage().contains("\n")) {
                                problems.add(describe(m, args) + ": " + cause);
                            }
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(calls > 1000, "only " + calls + " calls made");
        assertTrue(problems.isEmpty(), problems.size() + " calls misbehaved:\n" + String.join("\n", problems));
    }

    /**
     * What the learner calls methods on: np, a tensor, np.random, a Generator, np.linalg, each result record (a real
     * one and one built from nulls), Workbook's static helpers (a Class stands for its static methods) and a plot.
     */
    private static List<Object> targets() {
        Tensor square = np.array(new double[][] {{2, 1}, {1, 3}});
        return List.of(np, A, np.random, np.random.default_rng(0), np.linalg, np.linalg.svd(A), np.linalg.qr(A), np.linalg.eig(square),
                np.linalg.eigh(square), np.linalg.slogdet(square), np.linalg.lstsq(square, np.ones(2)),
                np.linalg.eig(np.array(new double[][] {{0, -1}, {1, 0}})).eigenvalues(), new SVDResult(null, null, null),
                new QRResult(null, null), new EigResult(null, null), new EighResult(null, null), new SlogdetResult(null, null),
                new LstsqResult(null, null, 0, null), Workbook.class, Workbook.plot(np.arange(3)));
    }

    /**
     * Not called: save writes files (NumpyNextTest checks it in a temporary folder); Workbook's hint, solution, quiz,
     * answer, build, help and preload read the course's files or warm the libraries up; Figure's statement hooks and
     * awaitPlots (which waits as long as it is told) are the launcher's and the checks', not the learner's.
     */
    private static final java.util.Set<String> UNPROBED = java.util.Set.of("save", "hint", "solution", "quiz", "answer", "build", "help", "preload",
            "sketchAtStatementEnds", "statementEnded", "sketchOnceAfter", "awaitPlots");

    /** mlmath's one-line errors: numpy's ValueError (ShapeException), LinAlgError, torch's errors, and Workbook's argument errors. */
    private static boolean numpyWorded(Throwable e) {
        return e instanceof ShapeException || e instanceof LinAlgError || e instanceof TorchError || e.getClass() == IllegalArgumentException.class;
    }

    /** The methods {@code cls} declares and those of the interfaces of its package that group its ops (Np's, Tensor's). */
    private static List<Method> declaredOps(Class<?> cls) {
        List<Method> out = new ArrayList<>(List.of(cls.getDeclaredMethods()));
        for (Class<?> group : cls.getInterfaces()) if (group.getPackage() == cls.getPackage()) out.addAll(List.of(group.getDeclaredMethods()));
        return out;
    }

    /**
     * Each parameter varied over its candidates while the others hold a reasonable value, then 20 seeded draws that
     * vary every parameter at once (a bad value can hide behind a reasonable one).
     */
    private static List<Object[]> combinations(Class<?>[] types) {
        List<Object[]> out = new ArrayList<>();
        Object[] base = new Object[types.length];
        for (int i = 0; i < types.length; i++) base[i] = sensible(types[i]);
        if (types.length == 0) out.add(base);
        for (int i = 0; i < types.length; i++) {
            for (Object v : candidates(types[i])) {
                Object[] args = base.clone();
                args[i] = v;
                out.add(args);
            }
        }
        java.util.Random draws = new java.util.Random(types.length);
        for (int k = 0; k < 20 && types.length > 1; k++) {
            Object[] args = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                List<Object> c = candidates(types[i]);
                c.add(base[i]);
                args[i] = c.get(draws.nextInt(c.size()));
            }
            out.add(args);
        }
        return out;
    }

    private static Object sensible(Class<?> type) {
        if (type == int.class || type == Integer.class) return 1;
        if (type == long.class) return 1L;
        if (type == double.class) return 0.5;
        if (type == boolean.class) return false;
        if (type == int[].class) return new int[] {1};
        if (type == double[].class) return new double[] {1, 2};
        if (type == int[][].class) return new int[][] {{1}, {0}};
        if (type == String.class) return ":, 1";
        if (type == DType.class) return DType.FLOAT64;
        if (type == Shape.class) return new Shape(6);
        if (type == DoubleUnaryOperator.class) return (DoubleUnaryOperator) x -> x;
        if (type == Object[].class) return new Object[] {A, A};
        if (type == String[].class) return new String[] {"a", "b"};
        if (type == String[][].class) return new String[][] {{"a", "b"}};
        if (type == Runnable.class) return (Runnable) () -> {};
        return A;
    }

    private static String describe(Method m, Object[] args) {
        StringBuilder sb = new StringBuilder(m.getDeclaringClass().getSimpleName() + "." + m.getName() + "(");
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            String s = a == null ? "null" : a.getClass().isArray() ? a.getClass().getSimpleName() + "[" + java.lang.reflect.Array.getLength(a) + "]" : String.valueOf(a);
            sb.append(i == 0 ? "" : ", ").append(s.length() > 40 ? s.substring(0, 40) + "…" : s);
        }
        return sb.append(')').toString();
    }
}
