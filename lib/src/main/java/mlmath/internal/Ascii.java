package mlmath.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The workbook's symbols spelled in ASCII, for a terminal that cannot show them (a POSIX locale, a non-UTF-8 code
 * page) and for file names: {@code σ} is {@code sigma}, {@code √} {@code sqrt}, {@code x²} {@code x^2},
 * {@code Δ} {@code d}, {@code ·} {@code *}, {@code ✓} {@code [ok]}.
 */
public final class Ascii {
    private Ascii() {}

    private static final Map<Character, String> WORDS = Map.ofEntries(
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
            Map.entry('ε', "eps"), Map.entry('ζ', "zeta"), Map.entry('η', "eta"), Map.entry('θ', "theta"),
            Map.entry('ι', "iota"), Map.entry('κ', "kappa"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"),
            Map.entry('µ', "u"), Map.entry('ν', "nu"), Map.entry('ξ', "xi"), Map.entry('π', "pi"), Map.entry('ρ', "rho"),
            Map.entry('σ', "sigma"), Map.entry('ς', "sigma"), Map.entry('τ', "tau"), Map.entry('υ', "upsilon"),
            Map.entry('φ', "phi"), Map.entry('χ', "chi"), Map.entry('ψ', "psi"), Map.entry('ω', "omega"),
            Map.entry('Γ', "Gamma"), Map.entry('Δ', "d"), Map.entry('Θ', "Theta"), Map.entry('Λ', "Lambda"),
            Map.entry('Π', "Prod"), Map.entry('Σ', "Sum"), Map.entry('Φ', "Phi"), Map.entry('Ψ', "Psi"), Map.entry('Ω', "Omega"),
            Map.entry('·', "*"), Map.entry('×', "x"), Map.entry('÷', "/"), Map.entry('±', "+/-"), Map.entry('°', " deg"),
            Map.entry('½', "1/2"), Map.entry('−', "-"), Map.entry('–', "-"), Map.entry('—', "--"), Map.entry('‖', "||"),
            Map.entry('…', "..."), Map.entry('←', "<-"), Map.entry('→', "->"), Map.entry('∞', "inf"), Map.entry('≈', "~="),
            Map.entry('≤', "<="), Map.entry('≥', ">="), Map.entry('≠', "!="), Map.entry('∈', " in "), Map.entry('∑', "Sum"),
            Map.entry('─', "-"), Map.entry('│', "|"), Map.entry('└', "+"), Map.entry('┌', "+"), Map.entry('┐', "+"),
            Map.entry('┘', "+"), Map.entry('┤', "|"), Map.entry('├', "|"), Map.entry('┼', "+"), Map.entry('✓', "[ok]"),
            Map.entry('✗', "[FAIL]"), Map.entry('\u0302', "hat"), Map.entry('\u0304', "bar"), Map.entry('‘', "'"),
            Map.entry('’', "'"), Map.entry('“', "\""), Map.entry('”', "\""));
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ᵀᵏⁿ", SUPER_PLAIN = "0123456789-+Tkn";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉ᵢₖ", SUB_PLAIN = "0123456789ik";

    /** {@code text} in ASCII: symbols by name ({@code θ} theta), powers with {@code ^}, indices with {@code _}. */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                out.append(c);
            } else if (SUPERSCRIPTS.indexOf(c) >= 0 || SUBSCRIPTS.indexOf(c) >= 0) {
                // A run of them is one power or index: x⁻¹ is x^-1.
                boolean up = SUPERSCRIPTS.indexOf(c) >= 0;
                String from = up ? SUPERSCRIPTS : SUBSCRIPTS, to = up ? SUPER_PLAIN : SUB_PLAIN;
                out.append(up ? '^' : '_');
                for (; i < text.length() && from.indexOf(text.charAt(i)) >= 0; i++) out.append(to.charAt(from.indexOf(text.charAt(i))));
                i--;
            } else if (c == '√') {
                out.append(i + 1 < text.length() && text.charAt(i + 1) == '(' ? "sqrt" : "sqrt ");
            } else if (WORDS.containsKey(c)) {
                String word = WORDS.get(c);
                out.append(word);
                // λv is λ times v: "lambda v", not one word "lambdav".
                if (word.length() > 1 && Character.isLetter(word.charAt(word.length() - 1)) && i + 1 < text.length()
                        && Character.isLetter(text.charAt(i + 1))) out.append(' ');
            } else if (Character.isSurrogate(c)) {
                out.append('?');
                if (Character.isHighSurrogate(c)) i++;
            } else {
                // é → e, ŷ → yhat; the eighth-blocks and braille of a sketch → #; anything else → ?
                StringBuilder plain = new StringBuilder();
                for (char p : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).toCharArray()) {
                    if (p < 128) plain.append(p);
                    else if (p == '\u0302' || p == '\u0304') plain.append(WORDS.get(p));
                }
                out.append(!plain.isEmpty() ? plain : c >= '\u2580' && c <= '\u259f' || c >= '\u2800' && c <= '\u28ff' ? "#" : "?");
            }
        }
        return out.toString();
    }

    /** How many columns {@code text} takes on this terminal: as its ASCII spelling where only ASCII shows ({@code σ²} is {@code sigma^2}). */
    public static int columns(String text) {
        String shown = unicodeTerminal() ? text : of(text);
        return shown.codePointCount(0, shown.length());
    }

    /**
     * Whether the terminal shows more than ASCII: stdout's encoding (JDK 19+, or a Windows console's) or else the
     * locale's ({@code native.encoding}; the shims set {@code file.encoding} to UTF-8 to read the scripts) is UTF-8.
     */
    public static boolean unicodeTerminal() {
        String enc = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding",
                System.getProperty("native.encoding", Charset.defaultCharset().name())));
        return enc.toUpperCase(Locale.ROOT).contains("UTF");
    }

    /**
     * A stream that writes everything printed to it to {@code raw} in ASCII ({@link #of}): a terminal that is not
     * UTF-8 then shows {@code sigma} where it would show {@code ?}.
     */
    public static PrintStream stream(OutputStream raw) {
        return new PrintStream(new FilterOutputStream(raw) {
            private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

            @Override public void write(int b) throws IOException {
                pending.write(b);
                if (b == '\n') flush();
            }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                pending.write(b, off, len);
                if (len > 0 && b[off + len - 1] == '\n' || pending.size() > 8192) flush();
            }

            /** Writes what is pending up to its last whole character (a UTF-8 sequence may be cut between writes). */
            @Override public void flush() throws IOException {
                byte[] bytes = pending.toByteArray();
                int end = bytes.length;
                int back = 0;
                while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) back++;
                if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) {
                    int lead = bytes[end - back - 1] & 0xFF, need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
                    if (back < need) end -= back + 1;
                }
                out.write(of(new String(bytes, 0, end, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                pending.reset();
                pending.write(bytes, end, bytes.length - end);
            }
        }, true, StandardCharsets.UTF_8);
    }
}
