package mlmath.launch;

import mlmath.internal.TempFolder;
import mlmath.learn.Check;
import mlmath.learn.Exercise;
import mlmath.learn.ScriptFile;
import mlmath.learn.Silently;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code check --exercise}: every section stubbed into a fresh work file and loaded as {@code ./run.sh exercise} loads
 * one ({@link FastCopy#forExercises}), so the learner's first screen is what is checked. A section fails on a line that
 * does not compile, an exception other than a stub's TODO, a failed verify, or a line its finished version does not
 * print: output computed from what an unfinished exercise left unset.
 */
final class ExerciseCheck {
    private ExerciseCheck() {}

    /** Checks each section in exercise mode, prints the table, and says whether all passed. */
    static boolean run(Workspace ws, List<Path> sections) {
        String startup = ScriptFile.read(ws.startup());
        try (TempFolder workDir = TempFolder.create("mlmath-exercise-check")) {
            return Check.run(sections, " (exercise mode)", section -> check(section, startup, workDir.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One section loaded from a stubbed work file made in {@code workDir} (and deleted), its output shown. */
    private static Check.Outcome check(Path section, String startup, Path workDir) {
        long start = System.nanoTime();
        String text = ScriptFile.read(section);
        // A section without exercises skips nothing, so nothing it prints can differ from the finished section's.
        Set<String> finished = Exercise.names(text).isEmpty() ? null
                : Set.copyOf(Silently.printed(() -> Check.run(section, startup, text, false)).lines().toList());
        Path work = workDir.resolve(section.getFileName());
        List<String> problems = new ArrayList<>();
        String copy;
        try {
            Files.writeString(work, Exercise.stub(text));
            copy = Silently.call(() -> FastCopy.forExercises(work, startup, problems));
            Files.delete(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Check.Outcome load = Silently.with(new PrintStream(both(System.out, printed), true, StandardCharsets.UTF_8), System.err,
                () -> Check.run(section, startup, copy, true));
        problems.addAll(load.problems());
        problems.addAll(Guard.threw());
        if (finished != null) {
            // Lines check itself printed for the problems above, and the closing TODO lines, are not the section's.
            List<String> ours = new ArrayList<>(Guard.summary("work/" + work.getFileName()));
            load.problems().forEach(p -> ours.add("!! " + p));
            List<String> extra = printed.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !ours.contains(l) && !finished.contains(l)).toList();
            if (!extra.isEmpty()) {
                problems.add(section.getFileName() + ": " + extra.size() + " printed line" + (extra.size() == 1 ? "" : "s")
                        + " the finished section does not print, first: " + extra.get(0).strip());
            }
        }
        return new Check.Outcome(load.name(), load.passed(), load.failed(), problems, load.plots(), (System.nanoTime() - start) / 1e9);
    }

    /** A stream writing to both {@code a} and {@code b}. */
    private static OutputStream both(OutputStream a, OutputStream b) {
        return new OutputStream() {
            @Override
            public void write(int c) throws IOException {
                a.write(c);
                b.write(c);
            }

            @Override
            public void write(byte[] bytes, int off, int len) throws IOException {
                a.write(bytes, off, len);
                b.write(bytes, off, len);
            }

            @Override
            public void flush() throws IOException { a.flush(); }
        };
    }
}
