package mlmath.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The name a learner probably meant by a mistyped one: {@code probabilty} is {@code 03-probability}. */
public final class DidYouMean {
    private DidYouMean() {}

    /**
     * The closest of {@code names} to {@code typed}, by edits (insert, delete, replace or swap two neighbours), when it
     * is close enough to be a typo: at most one edit in four letters, and at least one. A section also answers to its
     * name without the number ({@code 03-probability} to {@code probability}).
     */
    public static Optional<String> among(String typed, Collection<String> names) {
        String t = typed.toLowerCase(Locale.ROOT);
        return names.stream()
                .filter(n -> distance(t, bare(n)) <= Math.max(1, t.length() / 4) || distance(t, n) <= Math.max(1, t.length() / 4))
                .min(Comparator.comparingInt(n -> Math.min(distance(t, bare(n)), distance(t, n))));
    }

    /** {@code 03-probability} without its number. */
    private static String bare(String name) { return name.replaceFirst("^\\d\\d-", ""); }

    /** The optimal string alignment distance (Damerau–Levenshtein, each letter edited once at most). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
