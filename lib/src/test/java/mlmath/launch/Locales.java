package mlmath.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The locale a test gives each process it starts. A child inherits the locale of whoever ran the tests, and the
 * launcher prints ✓ or [ok] by it: so tests name the locale instead, a UTF-8 one or {@link #POSIX}.
 */
final class Locales {
    private Locales() {}

    /** The C locale, whose charset is ASCII: the launcher falls back to ASCII marks under it. */
    static final String POSIX = "C";

    /** A UTF-8 locale this machine has: C.UTF-8 (Linux), else en_US.UTF-8 (macOS before 13 has no C.UTF-8). */
    static final String UTF8 = utf8();

    /** Sets {@code locale} in a child's environment; LC_ALL overrides any LC_* the tests themselves run under. */
    static void set(Map<String, String> env, String locale) {
        env.put("LANG", locale);
        env.put("LC_ALL", locale);
    }

    private static String utf8() {
        List<String> installed;
        try {
            Process p = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
            // locale -a lists names in ASCII; glibc lists C.UTF-8 as C.utf8, and accepts either spelling.
            installed = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .map(l -> l.toLowerCase(Locale.ROOT).replace("-", "")).toList();
        } catch (IOException e) {
            return "C.UTF-8";           // no locale command (Windows): the variables are not read there anyway
        }
        for (String name : List.of("C.UTF-8", "en_US.UTF-8")) {
            if (installed.contains(name.toLowerCase(Locale.ROOT).replace("-", ""))) return name;
        }
        throw new IllegalStateException("no C.UTF-8 or en_US.UTF-8 in 'locale -a': the tests need a UTF-8 locale");
    }
}
