package mlmath.np;

import mlmath.tensor.DType;
import mlmath.tensor.Shape;
import mlmath.tensor.ShapeException;
import mlmath.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
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
 * Calls every public method of {@code np} and {@link Tensor} with null, empty, NaN/Inf, negative and huge arguments:
 * each call must return or fail with a one-line {@link ShapeException} — never an NPE, an index or cast error, an
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
        } else if (type == String.class) c.addAll(java.util.Arrays.asList(null, "", "ij,jk->ik", ":, None, 9", "xy"));
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
                    np.array(new int[] {Integer.MAX_VALUE}), np.array(new int[] {-7})));
        }
        c.removeIf(v -> v != null && !type.isInstance(v) && !type.isPrimitive());
        return c;
    }

    @Test
    void everyPublicMethod_failsWithAOneLineMessageOnly() throws Exception {
        List<String> problems = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bad-arguments");
            t.setDaemon(true);
            return t;
        });
        int calls = 0;
        try {
            for (Class<?> cls : new Class<?>[] {Np.class, Tensor.class, NpRandom.class, Generator.class}) {
                Object target = cls == Np.class ? np : cls == Tensor.class ? A : cls == NpRandom.class ? np.random : np.random.default_rng(0);
                for (Method m : declaredOps(cls)) {
                    if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) continue;
                    if (m.getName().equals("save")) continue;  // writes files; NumpyNextTest checks it in a temporary folder
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
                            Throwable cause = e.getCause() instanceof InvocationTargetException ite ? ite.getCause() : e.getCause();
                            if (!(cause instanceof ShapeException) || cause.getMessage() == null || cause.getMessage().contains("\n")) {
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

    /** The methods {@code cls} declares and those of the interfaces of its package that group its ops (Np's, Tensor's). */
    private static List<Method> declaredOps(Class<?> cls) {
        List<Method> out = new ArrayList<>(List.of(cls.getDeclaredMethods()));
        for (Class<?> group : cls.getInterfaces()) if (group.getPackage() == cls.getPackage()) out.addAll(List.of(group.getDeclaredMethods()));
        return out;
    }

    /** Each parameter varied over its candidates while the others hold a reasonable value (the first candidate that is not bad). */
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
