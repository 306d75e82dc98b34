package mlmath.linalg;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Run by {@link LapackTest} in a JVM without the OpenBLAS native jar: every fixture test, answered by EJML and held to
 * numpy's accuracy (there is no OpenBLAS kernel, so no case is held to numpy's digits), vectors included, with the
 * eigenvalues of a non-symmetric matrix in any order. Prints one line per mismatch. Left out: LAPACK's own output for
 * NaN/Inf, which another algorithm cannot reproduce, and the printed results, whose eigenvalues come in EJML's order.
 */
public final class FallbackFixtures {
    private FallbackFixtures() {}

    private static final Pattern NOT_FINITE = Pattern.compile("\\[(nan|inf)[\\] /]");

    public static void main(String[] args) throws Exception {
        var constructor = LinalgFixturesTest.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object tests = constructor.newInstance();
        LinalgFixturesTest.anyEigenvalueOrder = true;
        for (Method m : LinalgFixturesTest.class.getDeclaredMethods()) {
            if (!m.isAnnotationPresent(org.junit.jupiter.api.Test.class) || m.getName().equals("printsAsNumpyPrints")) continue;
            m.setAccessible(true);
            try {
                m.invoke(tests);
            } catch (InvocationTargetException e) {
                String report = String.valueOf(e.getCause().getMessage());
                report.lines().filter(l -> !l.startsWith(" ") && l.contains("[") && !NOT_FINITE.matcher(l).find())
                        .forEach(l -> System.out.println("mismatch " + l));
            }
        }
        System.out.println("done");
    }
}
