// 01 · The map — four areas of math, ranked by how often they show up in real
// ML work. The claim of the module: you need a small, specific subset, and
// mostly as fluency, not theory.

table(
    new String[] {"Rank", "Area", "How often in ML work", "Know cold", "Skip"},
    new String[] {"1", "Linear algebra", "Every line of code",
            "Matmul, broadcasting, eigendecomp, SVD, low-rank",
            "Jordan forms, abstract vector spaces"},
    new String[] {"2", "Probability", "Every loss function",
            "Likelihood, KL, cross-entropy, expectations",
            "Measure theory, sigma algebras"},
    new String[] {"3", "Calculus", "Read once, never derive again",
            "Chain rule, gradients in many dims",
            "Multivariable analysis, real analysis"},
    new String[] {"4", "Optimization", "Picking hyperparameters",
            "SGD, momentum, Adam intuition", "Convex optimization theory"});

// The ranking is minutes per week: linear algebra is always under your hands,
// optimization is mostly "use AdamW, set the learning rate, move on".

// What to skip, area by area, without guilt — each is a course of its own, and
// none of it is needed to read a forward pass, name every shape and trust
// autograd. The last column says what this workbook does instead, or when the
// topic would become worth your time.
print();
print("What to skip:");
table(
    new String[] {"Area", "Skip", "Instead / worth it only when"},
    new String[] {"Linear algebra", "Jordan canonical forms",
            "eigendecomposition of real matrices (02)"},
    new String[] {"", "abstract vector spaces, maps over fields",
            "you write a numerical library"},
    new String[] {"", "most of 'Linear Algebra Done Right'",
            "shapes, matmul, SVD, low rank (02, 08)"},
    new String[] {"Probability", "measure theory",
            "expectations on discrete and Gaussian (03)"},
    new String[] {"", "sigma algebras",
            "marginals and conditionals of a table (03)"},
    new String[] {"", "almost-sure convergence",
            "sample means converging, by running it (03)"},
    new String[] {"Calculus", "multivariable analysis",
            "gradients in many dimensions, by shape (04)"},
    new String[] {"", "real analysis", "finite differences vs autograd (04)"},
    new String[] {"", "deriving backprop more than once",
            "one 2-layer net by hand, then autograd (04)"},
    new String[] {"Optimization", "convex optimisation theory",
            "you write a new optimizer"},
    new String[] {"", "conjugate gradients",
            "SGD, momentum, AdamW as experiments (05)"},
    new String[] {"", "second-order methods",
            "Adam's per-parameter scaling (05)"},
    new String[] {"", "Lagrange duality",
            "weight decay as a plain penalty (05)"});

print();
print("Read first, in this order, then stop:");
table(
    new String[] {"What", "Length", "Read"},
    new String[] {"3Blue1Brown, Essence of Linear Algebra", "~3 h",
            "episodes 1-9: the geometric picture of matrices"},
    new String[] {"3Blue1Brown, Essence of Calculus", "~90 min",
            "episodes 1-4: derivatives and the chain rule"},
    new String[] {"Goodfellow et al., Deep Learning", "~4 h",
            "chapters 2-4: linear algebra, probability, numerics"},
    new String[] {"Andrew Ng, Linear Algebra Review", "~30 min",
            "a cheat sheet while you build, not a course"});
print("Strang's full textbook can wait; so can the rest of Goodfellow until" +
        "\nyou have a reason.");

print();
print("Going deeper, when a specific question comes up:");
table(
    new String[] {"What", "When"},
    new String[] {"Goodfellow, Bengio, Courville, chapters 5-8",
            "after shipping a model, for the theory under it"},
    new String[] {"Boyd & Vandenberghe, Convex Optimization",
            "reference only; skim the convexity chapter"},
    new String[] {"Strang, Linear Algebra and Its Applications",
            "after a few months of using linear algebra in anger"},
    new String[] {"Bishop, Pattern Recognition and ML, ch. 1-2",
            "the cleanest probability framing for ML"});
print("Skip Deisenroth's 'Mathematics for Machine Learning': it tries to" +
        "\ncover everything for everyone.");

// A tour of the helpers you will use in every section.
print();
help();

// The four operations to drill until the shape rules are automatic: matmul,
// transpose, broadcast, dot.
np.random.seed(0);
var A = np.random.randn(2, 3);
print("A.shape()               ", A.shape());
print("A.T().shape()           ", A.T().shape());
print("A.matmul(A.T()).shape() ", A.matmul(A.T()).shape());
print("A.add(np.ones(3)).shape()", A.add(np.ones(3)).shape());
print("np.dot(row, row)        ", np.dot(A.slice("0"), A.slice("0")));
verify("matmul A @ A.T", A.matmul(A.T()), torch.matmul(A, A.T()));
