package mlmath.linalg;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/** Loads OpenBLAS through JavaCPP and sets it up like numpy's: its own thread count, no NaN pre-check in LAPACKE. */
final class OpenBlasLoader {
    private OpenBlasLoader() {}

    static void load() {
        // JavaCPP warns on stderr by default; its SLF4J route ends in slf4j-nop, so nothing reaches the REPL.
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        Loader.load(openblas.class);
        // numpy calls the Fortran routines directly: NaN input reaches LAPACK instead of LAPACKE's early -info.
        openblas.LAPACKE_set_nancheck(0);
    }

    /** e.g. {@code 0.3.31}. */
    static String version() { return openblas.OPENBLAS_VERSION.replace("OpenBLAS", "").strip(); }
}
