package mlmath.learn;

import mlmath.check.Exercise;
import mlmath.check.ScriptFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learner's exercise files, {@code work/NN-name.jsh}: made once from the section with each exercise stubbed, then
 * only ever changed by the learner (or, one exercise at a time and with a backup, by {@code reset}). Hints come from
 * the section itself, one more each time they are asked for.
 */
public final class WorkFiles {
    private WorkFiles() {}

    /** The work file of {@code section} under {@code work}, created from the stubbed section if it does not exist. */
    public static Path open(Path work, Path section) {
        Path file = work.resolve(section.getFileName());
        if (Files.exists(file)) return file;
        try {
            Files.createDirectories(work);
            Files.writeString(file, Exercise.stub(ScriptFile.read(section)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /**
     * Puts the stub of one exercise back into the work file, keeping the file as it was in {@code NN-name.jsh.bak}.
     * @return false when the work file has no exercise of that name
     */
    public static boolean reset(Path workFile, Path section, String name) {
        String work = ScriptFile.read(workFile);
        String stub = regionText(Exercise.stub(ScriptFile.read(section)), name);
        String mine = regionText(work, name);
        if (stub == null || mine == null) return false;
        try {
            Files.copy(workFile, workFile.resolveSibling(workFile.getFileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(workFile, work.replace(mine, stub));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + workFile + ": " + e.getMessage(), e);
        }
        return true;
    }

    /**
     * The work file with one exercise's method replaced by {@code declaration} (a method typed at the prompt), or empty
     * when the file no longer marks that exercise, the exercise is a method inside a class, or the declaration is not
     * a method of the exercise's name.
     */
    public static java.util.Optional<String> withSolution(String work, String name, String declaration) {
        String region = regionText(work, name);
        if (region == null) return java.util.Optional.empty();
        String[] lines = region.split("\n");
        Matcher method = Pattern.compile("(\\w+)\\s*\\(").matcher(lines.length > 1 ? lines[1] : "");
        if (!lines[0].startsWith("//") || !method.find()) return java.util.Optional.empty();
        String head = "(?s)\\s*(?:(?:public|static|final)\\s+)*[\\w$.<>\\[\\], ?]+\\s+" + Pattern.quote(method.group(1)) + "\\s*\\(.*\\}\\s*";
        if (!declaration.matches(head)) return java.util.Optional.empty();
        return java.util.Optional.of(work.replace(region, lines[0] + "\n" + declaration.strip() + "\n// end"));
    }

    /** The text of an exercise's region, from its marker line to its {@code // end}. */
    private static String regionText(String script, String name) {
        Matcher m = Pattern.compile("(?ms)^[ \\t]*// exercise: " + Pattern.quote(name) + "\\b.*?^[ \\t]*// end[ \\t]*$").matcher(script);
        return m.find() ? m.group() : null;
    }

    private static final Map<String, Integer> ASKED = new HashMap<>();

    /**
     * The next hint for an exercise of any section under {@code scripts}: a nudge first, then a stronger one; never the
     * answer. Unknown names list the exercises there are.
     */
    public static synchronized String hint(Path scripts, String name) {
        List<Path> sections;
        try (var files = Files.list(scripts)) {
            sections = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        } catch (IOException e) {
            return "no hints: cannot read " + scripts;
        }
        StringBuilder all = new StringBuilder();
        for (Path s : sections) {
            for (Exercise.Region r : Exercise.regions(ScriptFile.read(s))) {
                all.append(all.isEmpty() ? "" : ", ").append(r.name());
                if (!r.name().equals(name)) continue;
                if (r.hints().isEmpty()) return name + ": no hints written for this one; the comment above it says what it computes";
                int n = ASKED.merge(name, 1, Integer::sum);
                if (n > r.hints().size()) return name + ": that was the last hint; the verify report after it shows where yours differs";
                return "hint " + n + "/" + r.hints().size() + " for " + name + ": " + r.hints().get(n - 1);
            }
        }
        return "no exercise named '" + name + "'; the exercises are: " + all;
    }
}
