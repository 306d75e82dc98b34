package mlmath.linalg;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Run by {@link LapackTest} in a JVM without the OpenBLAS native jar: the fixture tests of the functions whose result
 * is unique (values, not vectors with a free sign or eigenvalues in a driver's order), answered by EJML. Prints one
 * line per mismatch. Left out: inputs where the answer is rounding noise (cond ~1e12, a rank-deficient matrix made
 * singular by rounding alone) or LAPACK's own output for NaN/Inf, which another algorithm cannot reproduce.
 */
public final class FallbackFixtures {
    private FallbackFixtures() {}

    static final List<String> FUNCTIONS = List.of("svdvals", "eigvalsh", "eigvalshUpper", "inv", "det", "slogdet", "cholesky",
            "choleskyUpper", "solve", "lstsq", "matrixRank", "pinv", "matrixPower", "multiDot", "trace", "outer", "norm",
            "vectorNorm", "matrixNorm", "cond");

    private static final Pattern NOISE = Pattern.compile("\\[(ill_conditioned|rank_deficient5|nan|inf)[\\] /]");

    public static void main(String[] args) throws Exception {
        var constructor = LinalgFixturesTest.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object tests = constructor.newInstance();
        for (String name : FUNCTIONS) {
            Method m = LinalgFixturesTest.class.getDeclaredMethod(name);
            m.setAccessible(true);
            try {
                m.invoke(tests);
            } catch (InvocationTargetException e) {
                String report = String.valueOf(e.getCause().getMessage());
                report.lines().filter(l -> !l.startsWith(" ") && l.contains("[") && !NOISE.matcher(l).find())
                        .forEach(l -> System.out.println("mismatch " + l));
            }
        }
        System.out.println("done");
    }
}
