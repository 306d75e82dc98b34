/**
 * The workbook as JShell's compiler sees it at the learner's prompt (the launcher gives it this module; the JVM itself
 * runs the jar from the class path, where this descriptor is not read): only the learner's packages are exported, so
 * the kernels' packages ({@code ...internal}) do not resolve there and a tensor's backing array cannot be reached.
 */
module mlmath {
    exports mlmath;
    exports mlmath.tensor;
    exports mlmath.np;
    exports mlmath.linalg;
    exports mlmath.random;
    exports mlmath.torch;
    exports mlmath.verify;
    exports mlmath.plot;
    // Snippets the launcher writes call into these: exercises throw mlmath.learn.Todo, grading runs the random cases
    // through mlmath.learn.cases.RandomCheck, the fast copy reports through mlmath.launch.Guard and the last start-up
    // snippet is mlmath.launch.Repl.ready().
    exports mlmath.learn;
    exports mlmath.learn.cases;
    exports mlmath.launch;

    requires ai.djl.api;
    requires ai.djl.pytorch_engine;
    requires org.bytedeco.javacpp;
    requires org.bytedeco.openblas;
    requires com.sun.jna;
    // EJML's jars name no module: these names come from the file names (Maven warns of that; nothing is published).
    requires ejml.core;
    requires ejml.ddense;
    requires org.knowm.xchart;
    requires java.desktop;
    requires java.management;
    requires jdk.management;  // the bench's per-thread allocation counter
    requires java.prefs;
    requires java.xml;
    requires jdk.compiler;
    requires jdk.jshell;

    uses mlmath.tensor.internal.Blas;
    provides mlmath.tensor.internal.Blas with mlmath.linalg.OpenBlasGemm;
    provides jdk.jshell.spi.ExecutionControlProvider with mlmath.launch.StatementEnds;
}
