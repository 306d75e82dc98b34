package mlmath.launch;

import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import mlmath.learn.Exercise;
import mlmath.learn.Headless;
import mlmath.learn.ScriptFile;
import mlmath.learn.Silently;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exercise mode's copy of a work file made without running the work file: from its section's snippets as the run that
 * prepared the section's fast copy classified them, with the learner's methods in place of the section's. That holds
 * while the work file differs from its section only inside the exercises' regions, which is how a learner works; else
 * the caller classifies the work file by running it ({@link FastCopy#forExercises(Path, String, List)}).
 */
final class ExerciseCopy {
    private ExerciseCopy() {}

    /** Where a section's classified snippets are kept, beside its fast copy. */
    static Path path(Workspace ws, Path section) {
        return FastCopy.path(ws, section).resolveSibling(section.getFileName() + ".snippets");
    }

    /** Keeps the section's classified snippets under {@code key} when the section has exercises; nothing else. */
    static void keep(Workspace ws, Path section, String key, FastCopy.Classified run) throws IOException {
        Path file = path(ws, section), part = FastCopy.part(file);
        if (Exercise.regions(ScriptFile.read(section)).isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(part))) {
            out.writeUTF(key);
            out.writeObject(new ArrayList<>(run.ran()));
            out.writeObject(new HashSet<>(run.variables()));
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The exercise-mode copy of {@code work} (the text of the work file named {@code file}) from its section's kept
     * snippets, if they were kept under {@code key} and the work file differs from the section only inside its
     * exercises, each of which is still one method declaration. A method of the learner's that does not compile is
     * loaded as its stub, so what needs it is skipped as unfinished instead of failing to compile; {@code notCompiling}
     * gets one line for each, as a run of the work file words it.
     */
    @SuppressWarnings("unchecked")
    static Optional<String> of(Workspace ws, Path section, String key, String file, String work, String startup,
                               List<String> notCompiling) {
        List<FastCopy.Ran> ran;
        Set<String> variables;
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(path(ws, section)))) {
            if (!in.readUTF().equals(key)) return Optional.empty();
            ran = (List<FastCopy.Ran>) in.readObject();
            variables = (Set<String>) in.readObject();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty();   // none kept, or from another jar, or damaged: the work file is run instead
        }
        try {
            return of(ScriptFile.read(section), ran, variables, file, work, startup, notCompiling);
        } catch (RuntimeException e) {
            notCompiling.clear();
            return Optional.empty();   // whatever went wrong, running the work file still tells what it is
        }
    }

    /** As above, from the section's text and its snippets, classified. */
    static Optional<String> of(String section, List<FastCopy.Ran> ran, Set<String> variables, String file, String work,
                               String startup, List<String> notCompiling) {
        Optional<Swapped> swapped = swapped(section, work, ran);
        if (swapped.isEmpty()) return Optional.empty();
        List<FastCopy.Ran> mine = swapped.get().ran();
        String copy = FastCopy.forExercises(file, work, mine, variables);
        if (swapped.get().stubs().isEmpty()) return Optional.of(copy);
        Set<String> written = new HashSet<>();
        swapped.get().stubs().keySet().forEach(i -> written.add(mine.get(i).source()));
        Optional<Map<String, String>> rejected = rejected(startup, copy, written);
        if (rejected.isEmpty()) return Optional.empty();
        swapped.get().stubs().forEach((i, stub) -> {
            String why = rejected.get().get(mine.get(i).source());
            if (why == null) return;
            notCompiling.add(file + ":" + mine.get(i).line() + " does not compile: " + why);
            mine.set(i, stub);
        });
        return Optional.of(notCompiling.isEmpty() ? copy : FastCopy.forExercises(file, work, mine, variables));
    }

    /** The section's snippets with the learner's methods; for each the learner has written, its stub by position. */
    record Swapped(List<FastCopy.Ran> ran, Map<Integer, FastCopy.Ran> stubs) {}

    /**
     * The section's snippets with the work file's methods and lines, or empty when the work file differs from the
     * section outside an exercise region or an exercise is not one method with its stub's declaration (then only
     * running it says what it is).
     */
    static Optional<Swapped> swapped(String section, String work, List<FastCopy.Ran> ran) {
        List<Exercise.Region> theirs = Exercise.regions(section), mine = Exercise.regions(work),
                stubs = Exercise.regions(Exercise.stub(section));
        if (!theirs.stream().map(Exercise.Region::name).toList().equals(mine.stream().map(Exercise.Region::name).toList())
                || stubs.size() != theirs.size() || !outside(section, theirs).equals(outside(work, mine))) {
            return Optional.empty();
        }
        List<FastCopy.Ran> out = new ArrayList<>();
        Map<Integer, FastCopy.Ran> written = new HashMap<>();
        for (FastCopy.Ran r : ran) {
            int i = holding(r, theirs);
            if (i < 0) {
                out.add(r.with(r.source(), moved(r.line(), theirs, mine)));
                continue;
            }
            String code = mine.get(i).code().strip(), stub = stubs.get(i).code().strip(), declared = theirs.get(i).code().strip();
            Optional<String> header = header(code);
            if (header.isEmpty() || !header.equals(header(stub))) return Optional.empty();
            int line = r.line() >= theirs.get(i).firstLine() ? mine.get(i).firstLine() + mine.get(i).hints().size() + 1
                    : moved(r.line(), theirs, mine);
            if (!code.equals(stub)) written.put(out.size(), r.with(r.source().replace(declared, stub), line));
            out.add(r.with(r.source().replace(declared, code), line));
        }
        return Optional.of(new Swapped(out, written));
    }

    /**
     * Why each of the learner's {@code methods} JShell rejects in {@code copy} was rejected, by its text: only the
     * declarations are compiled (variables without their values, methods, classes), so nothing runs. Empty when that
     * cannot tell: one of them needs a name that only running a statement declares.
     */
    static Optional<Map<String, String>> rejected(String startup, String copy, Set<String> methods) {
        Map<String, String> why = new HashMap<>();
        try (JShell js = Headless.jshell(Silently.NOWHERE, Silently.NOWHERE)) {
            SourceCodeAnalysis analysis = js.sourceCodeAnalysis();
            for (String text : List.of(startup, copy)) {
                for (ScriptFile.Snippet s : ScriptFile.split(text, analysis)) {
                    String source = s.source().strip();
                    if (!analysis.sourceToSnippets(source).stream().allMatch(k -> DECLARATIONS.contains(k.subKind()))) continue;
                    for (SnippetEvent e : js.eval(source)) {
                        if (e.causeSnippet() != null || !methods.contains(source)) continue;
                        if (e.status() == Snippet.Status.RECOVERABLE_DEFINED || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                            return Optional.empty();
                        }
                        if (e.status() == Snippet.Status.REJECTED) {
                            why.put(source, js.diagnostics(e.snippet()).filter(Diag::isError)
                                    .map(d -> d.getMessage(Locale.ROOT).replaceAll("\\s*\\R\\s*", " "))
                                    .collect(Collectors.joining("; ")));
                        }
                    }
                }
            }
        }
        return why.values().stream().anyMatch(w -> w.contains("cannot find symbol")) ? Optional.empty() : Optional.of(why);
    }

    private static final Set<Snippet.SubKind> DECLARATIONS = EnumSet.of(Snippet.SubKind.METHOD_SUBKIND,
            Snippet.SubKind.CLASS_SUBKIND, Snippet.SubKind.RECORD_SUBKIND, Snippet.SubKind.INTERFACE_SUBKIND,
            Snippet.SubKind.ENUM_SUBKIND, Snippet.SubKind.VAR_DECLARATION_SUBKIND,
            Snippet.SubKind.SINGLE_TYPE_IMPORT_SUBKIND, Snippet.SubKind.TYPE_IMPORT_ON_DEMAND_SUBKIND,
            Snippet.SubKind.SINGLE_STATIC_IMPORT_SUBKIND, Snippet.SubKind.STATIC_IMPORT_ON_DEMAND_SUBKIND);

    /**
     * A method's declaration up to its body, spaces collapsed; empty when the text is not one method. The work file's
     * must be its stub's: with another return or parameter type the section's variables could have other types.
     */
    private static Optional<String> header(String method) {
        return Exercise.Method.of(method).map(m -> method.substring(0, m.bodyStart()).replaceAll("\\s+", " ").strip());
    }

    /** The one region whose code this snippet declares (a method, or a class holding it), or -1. */
    private static int holding(FastCopy.Ran r, List<Exercise.Region> regions) {
        for (int i = 0; i < regions.size(); i++) if (r.source().contains(regions.get(i).code().strip())) return i;
        return -1;
    }

    /** A section line outside every region, moved to the work file: by how much longer each region before it is there. */
    private static int moved(int line, List<Exercise.Region> theirs, List<Exercise.Region> mine) {
        int shift = 0;
        for (int i = 0; i < theirs.size() && theirs.get(i).lastLine() < line; i++) {
            shift += (mine.get(i).lastLine() - mine.get(i).firstLine()) - (theirs.get(i).lastLine() - theirs.get(i).firstLine());
        }
        return line + shift;
    }

    /** The lines outside the regions, one list per gap (before the first region, between two, after the last). */
    private static List<List<String>> outside(String text, List<Exercise.Region> regions) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<List<String>> gaps = new ArrayList<>();
        int from = 0;
        for (Exercise.Region r : regions) {
            gaps.add(lines.subList(from, r.firstLine() - 1));
            from = r.lastLine();
        }
        gaps.add(lines.subList(from, lines.size()));
        return gaps;
    }
}
