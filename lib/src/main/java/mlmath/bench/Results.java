package mlmath.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The bench's rows: each is printed as it is measured, and all of them again as one table at the end. */
final class Results {
    private Results() {}

    private record Row(String metric, double[] samples, String unit, String reference, double ratio, String goal) {}

    private static final List<Row> ROWS = new ArrayList<>();

    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static void add(String metric, double[] samples, String unit, String reference, double ratio, String goal) {
        Row row = new Row(metric, samples, unit, reference, ratio, goal);
        ROWS.add(row);
        System.out.println("  measured: " + format(row));
    }

    private static String format(Row r) {
        double[] s = r.samples();
        String med = number(median(s)), range = number(Arrays.stream(s).min().orElse(0)) + "–" + number(Arrays.stream(s).max().orElse(0));
        String ratio = Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2fx", r.ratio());
        return String.format(Locale.ROOT, "| %-44s | %8s | %-15s | %-30s | %6s | %-18s |", r.metric(), med, range, r.reference(), ratio, r.goal());
    }

    static String number(double v) {
        return Double.isNaN(v) ? "n/a" : v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    static void print() {
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-44s | %8s | %-15s | %-30s | %6s | %-18s |%n", "metric", "median", "min–max", "reference (same run)", "ratio", "goal");
        System.out.println("|" + "-".repeat(46) + "|" + "-".repeat(10) + "|" + "-".repeat(17) + "|" + "-".repeat(32) + "|" + "-".repeat(8) + "|" + "-".repeat(20) + "|");
        for (Row r : ROWS) System.out.println(format(r));
    }
}
