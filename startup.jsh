// Primes every mlmath session: the learner's imports, the helpers, and libtorch loading behind the prompt.
// The last line is one snippet on purpose: each snippet costs JShell a compile, and this file runs on every start.
import mlmath.*;
import mlmath.tensor.*;
import mlmath.linalg.Svd;
import mlmath.plot.Figure;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import static mlmath.Workbook.*;
preload(); System.out.println("mlmath · Java " + Runtime.version().feature() + " · numpy-style np, libtorch as torch/F · help() lists the helpers");
