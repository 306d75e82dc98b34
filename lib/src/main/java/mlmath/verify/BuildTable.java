package mlmath.verify;

import java.util.List;
import java.util.Locale;

/** The seed's five-op build table, each row showing its latest {@code verify} by name. */
public final class BuildTable {
    private BuildTable() {}

    private record Row(String key, String op, String reference) {}

    private static final List<Row> ROWS = List.of(
            new Row("dot", "Dot product", "torch.dot(a, b)"),
            new Row("matmul", "Matmul", "torch.matmul(A, B)"),
            new Row("softmax", "Softmax", "torch.softmax(x, dim=-1)"),
            new Row("crossentropy", "Cross-entropy", "F.cross_entropy(logits, targets)"),
            new Row("kl", "KL divergence", "F.kl_div(q.log(), p, reduction='sum')"));

    /** The table as text, with the number of rows passing. */
    public static String render() {
        List<Verifier.Result> results = Verifier.results();
        StringBuilder sb = new StringBuilder();
        // 80 columns (a projector's terminal): the op, what it is checked against, and its latest verify.
        String fmt = "%-14s %-38s %s%n";
        sb.append(String.format(Locale.ROOT, fmt, "Op", "Verified against", "Status"));
        int passed = 0;
        String next = null;
        for (Row row : ROWS) {
            Verifier.Result latest = null;
            for (Verifier.Result r : results) if (key(r.name()).equals(row.key())) latest = r;
            String status = latest == null ? "not verified yet"
                    : latest.passed() ? Verifier.mark(true) + " max|Δ| " + Verifier.sci(latest.maxAbs())
                    : Verifier.mark(false) + " see the report above";
            if (latest != null && latest.passed()) passed++;
            if (latest == null && next == null) next = "next: verify(\"" + row.key() + "\", yours, reference) fills its row\n";
            sb.append(String.format(Locale.ROOT, fmt, row.op(), row.reference(), status));
        }
        if (next != null) sb.append(next);
        sb.append(passed).append('/').append(ROWS.size()).append(" pass within 1e-5 of the torch reference.");
        if (passed == ROWS.size()) sb.append("\nThat is more honest ML math than most CS undergrads have done.");
        return sb.toString();
    }

    /** Names are matched loosely: "cross_entropy", "Cross-Entropy" and "crossentropy" are one row; "kl_div" is "kl". */
    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (k.startsWith("kl")) return "kl";
        if (k.startsWith("dot")) return "dot";
        if (k.startsWith("matmul")) return "matmul";
        return k;
    }
}
