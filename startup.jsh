// Primes every mlmath session: the learner's imports and helpers (the launcher
// loads libtorch behind the prompt). Each line is a snippet JShell compiles on
// every start (~35 ms each on a fresh JVM): only what learners type
// (the launcher prints the banner itself).
import mlmath.tensor.*;
import mlmath.linalg.*;
import mlmath.plot.Figure;
import ai.djl.ndarray.NDArray;
import static mlmath.Workbook.*;
