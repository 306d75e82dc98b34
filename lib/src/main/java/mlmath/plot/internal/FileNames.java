package mlmath.plot.internal;

import mlmath.internal.Ascii;

import java.util.Locale;
import java.util.Set;

/**
 * File names from plot titles that keep the title's meaning and are safe on Windows, macOS and Linux (symbols
 * spelled in ASCII, {@code θ} as {@code theta}):
 * {@code "100000 samples of N(2, 0.5^2)"} becomes {@code 100000-samples-of-N(2,0.5^2)}. Words are joined by
 * {@code -}; parentheses keep their contents (commas, decimal points, powers, minus signs and symbols' case);
 * ordinary capitalised words are lowercased, so {@code "Loss curve"} stays {@code loss-curve}.
 */
public final class FileNames {
    private static final int MAX_LENGTH = 100;
    /** Names Windows reserves for devices, whatever the extension. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5",
            "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {}

    /** The file name (without extension) for {@code title}; {@code "plot"} when nothing of it is usable. */
    public static String of(String title) {
        // θ becomes theta, x² x^2 and é e; what has no ASCII spelling is dropped below.
        String s = Ascii.of(title).replace('[', '(').replace(']', ')')
                .replace('{', '(').replace('}', ')');
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean kept = isAsciiLetterOrDigit(c) || c == '(' || c == ')' && depth > 0
                    || depth > 0 && ",.^-+=".indexOf(c) >= 0
                    || depth == 0 && (c == '.' || c == '^') && between(s, i);
            if (!kept) {
                gap = true;
                continue;
            }
            if (c == '(') depth++;
            if (c == ')') depth--;
            // A run of other characters (spaces, colons, …) becomes one dash between words, and nothing next to
            // the punctuation kept: "N(2, 0.5^2)" gives N(2,0.5^2).
            char last = out.length() == 0 ? ',' : out.charAt(out.length() - 1);
            if (gap && (isAsciiLetterOrDigit(last) || last == ')') && (isAsciiLetterOrDigit(c) || c == '(')) out.append('-');
            gap = false;
            out.append(c);
        }
        String name = lowercaseOrdinaryWords(out.toString());
        if (name.length() > MAX_LENGTH) name = name.substring(0, MAX_LENGTH);
        name = name.replaceAll("[.\\-]+$", "");
        if (name.isEmpty()) return "plot";
        return RESERVED.contains(name.toLowerCase(Locale.ROOT).split("\\.")[0]) ? name + "-plot" : name;
    }

    /** A {@code .} or {@code ^} between letters or digits (0.5, x^2, (1-p)^2) is part of the value, not punctuation. */
    private static boolean between(String s, int i) {
        return i > 0 && i + 1 < s.length() && (isAsciiLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == ')')
                && isAsciiLetterOrDigit(s.charAt(i + 1));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** "Loss" → "loss", but "N", "SGD" and "AdamW" keep their case: they name something. */
    private static String lowercaseOrdinaryWords(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
            if (j == i) {
                out.append(s.charAt(i++));
                continue;
            }
            String word = s.substring(i, j);
            boolean ordinary = word.length() > 1 && Character.isUpperCase(word.charAt(0))
                    && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
            out.append(ordinary ? word.toLowerCase(Locale.ROOT) : word);
            i = j;
        }
        return out.toString();
    }
}
