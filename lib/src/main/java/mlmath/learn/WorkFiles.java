package mlmath.learn;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's exercise files, {@code work/NN-name.jsh}: made once from the section with each exercise stubbed, then
 * changed by the learner, and by the workbook only through {@link SafeWrite} (a solution typed at the prompt, a
 * {@code reset}), which keeps every earlier version. Hints come from the section itself, one more each time they are
 * asked for.
 */
public final class WorkFiles {
    private WorkFiles() {}

    private static final String OLD_TODO = "new mlmath.Todo(";

    /**
     * The work file of {@code section} under {@code work}, created from the stubbed section if it does not exist (or
     * is empty: a file a full disk left with nothing in it).
     * @throws IOException when it cannot be written; nothing is left half-made
     */
    public static Path open(Path work, Path section) throws IOException {
        Path file = work.resolve(section.getFileName());
        if (Files.exists(file) && Files.size(file) > 0) return upgrade(file);
        SafeWrite.update(file, text -> text.isBlank() ? Exercise.stub(ScriptFile.read(section)) : text);
        return file;
    }

    /**
     * The work file, its stubs made before {@link Todo} moved to {@code mlmath.learn} pointed at the new class name (the
     * only change the workbook makes to a file unasked; the old version is kept in {@code work/history/}).
     * @throws IOException when it needs the change and cannot be written
     */
    public static Path upgrade(Path file) throws IOException {
        if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(OLD_TODO)) {
            SafeWrite.update(file, text -> text.replace(OLD_TODO, "new " + Todo.class.getName() + "("));
        }
        return file;
    }

    /**
     * Puts the stub of one exercise back into the work file; the file as it was goes to {@code work/history/}.
     * @return where the previous version is kept, or empty when the work file has no exercise of that name
     * @throws IOException when the file cannot be written; it is then unchanged
     */
    public static Optional<Path> reset(Path workFile, Path section, String name) throws IOException {
        Optional<Exercise.Region> stub = region(Exercise.stub(ScriptFile.read(section)), name);
        if (stub.isEmpty() || region(ScriptFile.read(workFile), name).isEmpty()) return Optional.empty();
        SafeWrite.Written w = SafeWrite.update(workFile, text -> region(text, name).map(r -> replace(text, r, stub.get().code())).orElse(text));
        return w.previous();
    }

    /**
     * The work file with one exercise's code replaced by {@code declaration} (typed at the prompt), or empty when the
     * file no longer marks that exercise or the declaration is not the one method {@code method} (as javac parses it:
     * one line or many, any brace style, annotations and comments included).
     */
    public static Optional<String> withSolution(String work, String name, String method, String declaration) {
        Optional<Exercise.Method> typed = Exercise.Method.of(declaration);
        if (typed.isEmpty() || !typed.get().name().equals(method)) return Optional.empty();
        return region(work, name).map(r -> replace(work, r, declaration.strip()));
    }

    private static Optional<Exercise.Region> region(String script, String name) {
        return Exercise.regions(script).stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The script with a region's code (between its marker and hint lines and its {@code // end}) replaced. */
    private static String replace(String script, Exercise.Region r, String code) {
        String[] lines = script.split("\n", -1);
        int codeStart = r.firstLine() + r.hints().size();           // 0-based index of the code's first line
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < codeStart; i++) out.append(lines[i]).append('\n');
        out.append(code).append('\n');
        for (int i = r.lastLine() - 1; i < lines.length; i++) out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
        return out.toString();
    }

    private static final Map<String, Integer> ASKED = new HashMap<>();

    /**
     * The next hint for an exercise of any section under {@code scripts}: a nudge first, then a stronger one; never the
     * answer. Each hint shown is recorded in the {@link Progress} kept in {@code work}. Unknown names list the exercises
     * there are.
     */
    public static synchronized String hint(Path scripts, Path work, String name) {
        Optional<Found> found = find(scripts, name);
        if (found.isEmpty()) return unknown(scripts, name);
        Exercise.Region r = found.get().region();
        if (r.hints().isEmpty()) return name + ": no hints written for this one; the comment above it says what it computes";
        int n = ASKED.merge(work.toAbsolutePath() + "/" + name, 1, Integer::sum);
        if (n > r.hints().size()) {
            return name + ": that was the last hint; the report after your code shows where it differs, and solution(\""
                    + name + "\") says when the reference opens";
        }
        new Progress(work).hintSeen(name, n);
        return "hint " + n + "/" + r.hints().size() + " for " + name + ": " + r.hints().get(n - 1);
    }

    /**
     * The reference solution of an exercise, as its section writes it, once it is unlocked ({@link Progress.State#unlocked}):
     * the learner's version passed, or both hints were seen and {@value Progress#ATTEMPTS_TO_UNLOCK} wrong versions were
     * graded. Before that, what is left to unlock it. The work file is graded first when no pass is recorded yet.
     */
    public static String solution(Path scripts, Path work, Path startup, String name) {
        Optional<Found> found = find(scripts, name);
        if (found.isEmpty()) return unknown(scripts, name);
        Exercise.Region r = found.get().region();
        Progress progress = new Progress(work);
        Path file = work.resolve(found.get().section().getFileName());
        if (!progress.of(name).unlocked(r.hints().size()) && Files.exists(file) && Files.exists(startup)) {
            String text = ScriptFile.read(file);
            progress.graded(text, Grade.of(text, ScriptFile.read(startup), Exercise.regions(text)));
        }
        Progress.State state = progress.of(name);
        String rel = "work/" + file.getFileName();
        if (!state.unlocked(r.hints().size())) {
            return "solution(\"" + name + "\") opens once your " + name + " passes in " + rel + ",\nor after both hints ("
                    + Math.min(state.hintsSeen(), r.hints().size()) + "/" + r.hints().size() + " seen) and " + Progress.ATTEMPTS_TO_UNLOCK
                    + " wrong versions graded (" + state.failedAttempts() + " so far)\n(./run.sh check --work grades " + rel
                    + "; a version typed at the prompt counts once /exit keeps it)";
        }
        String section = found.get().section().getFileName().toString().replaceFirst("\\.jsh$", "");
        return (state.passed() ? "yours passes; " : "") + "the solution of " + name + " as " + section + " writes it:\n"
                + r.code().stripIndent().strip();
    }

    /** An exercise's region and the section it is in. */
    private record Found(Path section, Exercise.Region region) {}

    private static Optional<Found> find(Path scripts, String name) {
        for (Path s : sections(scripts)) {
            for (Exercise.Region r : Exercise.regions(ScriptFile.read(s))) if (r.name().equals(name)) return Optional.of(new Found(s, r));
        }
        return Optional.empty();
    }

    private static String unknown(Path scripts, String name) {
        List<Path> sections = sections(scripts);
        if (sections.isEmpty()) return "no exercises: cannot read " + scripts;
        StringBuilder all = new StringBuilder();
        for (Path s : sections) for (String n : Exercise.names(ScriptFile.read(s))) all.append(all.isEmpty() ? "" : ", ").append(n);
        return "no exercise named '" + name + "'; the exercises are: " + all;
    }

    private static List<Path> sections(Path scripts) {
        try (var files = Files.list(scripts)) {
            return files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
