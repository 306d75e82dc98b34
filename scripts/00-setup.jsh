// 00 · Setup — what is running, where plots go, and a first verify against real
// PyTorch. The seed sets up Python + numpy + torch + a notebook; here Java +
// JShell + libtorch (through DJL) play those parts. Nothing here is learned by
// reading: run each line, change it, break it on purpose.

print("By the end of this workbook you will have:");
print("  - written matmul, softmax and cross-entropy yourself and checked" +
        " them against torch (sections 03, 06)");
print("  - shown, with numbers, that minimising cross-entropy is maximum" +
        " likelihood (03, 07)");
print("  - followed every linear-algebra op of a GPT-2 transformer block," +
        " shape by shape, to its loss");
print("    (08), with the shape rules, eigendecomposition and SVD behind" +
        " them (02)");
print("  - a clear line between the math you need now and the math you can" +
        " skip (01)");
print();

print("Java       ", System.getProperty("java.version"),
        "(" + System.getProperty("java.vendor") + ")");
print("JShell      local execution: snippets run in this JVM");
print("libtorch   ", torch.version(), "via DJL",
        ai.djl.engine.Engine.getDjlVersion(), "(offline:",
        System.getProperty("ai.djl.offline") + ")");
print("DJL cache  ", System.getProperty("DJL_CACHE_DIR",
        System.getenv().getOrDefault("DJL_CACHE_DIR",
                System.getProperty("user.home") + "/.djl.ai")));
print("BLAS/LAPACK", mlmath.linalg.Lapack.describe(),
        "for np.linalg and matmul · cores:",
        Runtime.getRuntime().availableProcessors());
print("plots      ", Figure.headless()
        ? "PNG files under " + Figure.directory().toAbsolutePath()
        : "windows (close them any time)");

// A first verify: the same dot product computed here and by libtorch.
var u = np.array(1.0, 2.0, 3.0);
var v = np.array(4.0, 5.0, 6.0);
var mine = u.mul(v).sum();          // sum(a * b)
print("u · v =", mine);
verify("first verify: dot", mine, torch.dot(u, v));

// And a first plot, so you know where pictures appear.
plot("first plot: y = x squared", np.linspace(-2, 2, 41),
        np.linspace(-2, 2, 41).pow(2)).xlabel("x").ylabel("x²");
