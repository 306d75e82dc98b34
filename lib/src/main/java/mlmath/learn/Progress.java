package mlmath.learn;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * What each exercise's learner has been through, in {@code work/progress.properties}: the hints seen, the distinct wrong
 * versions graded, and whether a version passed. It decides when {@code solution("NAME")} shows the reference: after a
 * pass, or after both hints and three failed attempts. Losing the file loses nothing else, so a write that fails is
 * skipped.
 */
public final class Progress {
    /** Failed attempts (distinct wrong versions) that, with both hints seen, unlock the solution. */
    public static final int ATTEMPTS_TO_UNLOCK = 3;

    private final Path file;

    /** The record kept in {@code work}. */
    public Progress(Path work) { this.file = work.resolve("progress.properties"); }

    /** One exercise's record. */
    public record State(int hintsSeen, int failedAttempts, boolean passed) {
        /** Whether the reference solution may be shown to someone who has seen {@code hints} of the exercise's hints. */
        public boolean unlocked(int hints) { return passed || hintsSeen >= hints && failedAttempts >= ATTEMPTS_TO_UNLOCK; }
    }

    /** The record of {@code exercise} (all zero when there is none). */
    public State of(String exercise) {
        Properties p = read();
        String failed = p.getProperty(exercise + ".failed", "");
        return new State(Integer.parseInt(p.getProperty(exercise + ".hints", "0")),
                failed.isEmpty() ? 0 : failed.split(",").length, Boolean.parseBoolean(p.getProperty(exercise + ".passed", "false")));
    }

    /** Records that hint {@code n} (1-based) of {@code exercise} was shown. */
    public void hintSeen(String exercise, int n) {
        change(p -> p.setProperty(exercise + ".hints", String.valueOf(Math.max(n, Integer.parseInt(p.getProperty(exercise + ".hints", "0"))))));
    }

    /** Records a graded work file: each exercise that passed, and each written one that failed, by its code. */
    public void graded(String work, Grade.Report report) {
        List<Exercise.Region> regions = Exercise.regions(work);
        change(p -> {
            for (Grade.Item item : report.items()) {
                if (item.done()) {
                    p.setProperty(item.name() + ".passed", "true");
                } else if (item.written()) {
                    regions.stream().filter(r -> r.name().equals(item.name())).findFirst().ifPresent(r -> {
                        Set<String> failed = new LinkedHashSet<>(Arrays.asList(p.getProperty(r.name() + ".failed", "").split(",")));
                        failed.remove("");
                        failed.add(fingerprint(r.code()));
                        p.setProperty(r.name() + ".failed", String.join(",", failed));
                    });
                }
            }
        });
    }

    /** A short fingerprint of a version of the code, blind to how it is spaced. */
    private static String fingerprint(String code) {
        CRC32C crc = new CRC32C();
        crc.update(code.replaceAll("\\s+", " ").strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private Properties read() {
        Properties p = new Properties();
        try {
            if (Files.exists(file)) p.load(new StringReader(ScriptFile.read(file)));
        } catch (IOException | IllegalArgumentException e) {
            // A damaged record counts as none: it only decides when a solution is shown.
        }
        return p;
    }

    private void change(Consumer<Properties> edit) {
        if (!Files.isDirectory(file.getParent())) return;
        try {
            SafeWrite.updateRecord(file, text -> {
                Properties p = new Properties();
                try {
                    p.load(new StringReader(text));
                } catch (IOException | IllegalArgumentException e) {
                    p.clear();
                }
                edit.accept(p);
                StringBuilder out = new StringBuilder("# mlmath: hints seen, wrong versions graded and passes, per exercise\n");
                new TreeMap<>(p).forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
                return out.toString();
            });
        } catch (IOException | UncheckedIOException e) {
            // Not kept this time: the work files, which hold the learner's code, are untouched.
        }
    }
}
