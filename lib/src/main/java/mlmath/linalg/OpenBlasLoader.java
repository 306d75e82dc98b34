package mlmath.linalg;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/** Loads OpenBLAS through JavaCPP and sets it up like numpy's: its own thread count, no NaN pre-check in LAPACKE. */
final class OpenBlasLoader {
    private OpenBlasLoader() {}

    static void load() {
        // JavaCPP warns on stderr by default; its SLF4J route ends in slf4j-nop, so nothing reaches the REPL. A system
        // property, because that is where JavaCPP looks for its logger; one set on the command line is kept.
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        Loader.load(openblas.class);
        // numpy calls the Fortran routines directly: NaN input reaches LAPACK instead of LAPACKE's early -info.
        openblas.LAPACKE_set_nancheck(0);
    }

    /** e.g. {@code 0.3.31}. */
    static String version() { return openblas.OPENBLAS_VERSION.replace("OpenBLAS", "").strip(); }

    /**
     * The kernel OpenBLAS picked for this CPU at load time ({@code Haswell}, {@code SkylakeX}, {@code Sandybridge}…, or
     * the one {@code OPENBLAS_CORETYPE} forces), as its {@code openblas_get_corename} reports it; numpy's copy reports
     * the same names. JavaCPP's presets do not map that function, so it is called through JNA on the library JavaCPP
     * loaded; {@code unknown} if that fails.
     */
    static String kernel() {
        try {
            String path = Loader.getLoadedLibraries().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("openblas@") || e.getKey().equals("openblas"))
                    .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
            // RTLD_LAZY alone, so RTLD_LOCAL: with JNA's default RTLD_GLOBAL, LAPACK calls bound after this one behaved
            // differently (a NaN matrix's det came out NaN instead of numpy's 0, as if LAPACKE's NaN check were back on).
            var lib = com.sun.jna.NativeLibrary.getInstance(path, java.util.Map.of(com.sun.jna.Library.OPTION_OPEN_FLAGS, 1));
            return lib.getFunction("openblas_get_corename").invokeString(new Object[0], false).strip();
        } catch (RuntimeException | LinkageError e) {
            return "unknown";
        }
    }
}
