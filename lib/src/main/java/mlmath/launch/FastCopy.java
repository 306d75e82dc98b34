package mlmath.launch;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;
import mlmath.learn.Check;
import mlmath.learn.ScriptFile;
import mlmath.learn.Silently;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A copy of a section that JShell loads in about half the time, with the same output, variables and methods. JShell
 * compiles every snippet on its own, and on a fresh JVM a {@code var} declaration costs it ~110 ms, an expression
 * statement ~65 ms, and a statement inside a block ~2 ms. So the copy declares the section's variables first, with
 * the types JShell inferred, moves each method up past the statements before it, and turns each run of statements
 * between two of the remaining snippets into one block in which every statement is guarded on its own: one that throws is reported as JShell reports it
 * ({@link Guard}) and the next one still runs, and each one's end is a statement end for plots' sketches. The launcher loads the copy as a start-up file, so {@code /list} and
 * {@code /save} show only the learner's own lines.
 */
final class FastCopy {
    private FastCopy() {}

    /** One top-level snippet as it ran, with the line it starts on and, for a statement or variable, its effects. */
    record Ran(String source, int line, Kind kind, String name, String type, String initializer, Effects effects)
            implements java.io.Serializable {
        enum Kind { STATEMENT, VARIABLE, METHOD, TYPE, OTHER }

        static Ran other(String source, int line, String name) { return new Ran(source, line, Kind.OTHER, name, null, null, null); }

        /** The same snippet with other text, at another line. */
        Ran with(String otherSource, int otherLine) { return new Ran(otherSource, otherLine, kind, name, type, initializer, effects); }
    }

    /**
     * A script as one run classified it: each snippet, every variable it declares (also each one of
     * {@code double[] a = …, b = …;}, which stays one snippet), and whether the run was clean enough for a fast copy:
     * nothing threw, failed or did not compile, and no redeclaration made JShell update other declarations (it resets
     * variables whose declaration it recompiles, which a copy declaring them apart from their values would not
     * reproduce).
     */
    record Classified(List<Ran> ran, Set<String> variables, Check.Outcome outcome, boolean clean) {}

    /** Runs {@code text} (the script at {@code script}) once in a headless JShell, classifying each snippet. */
    static Classified classified(Path script, String startup, String text) {
        List<Ran> ran = new ArrayList<>();
        Set<String> variables = new HashSet<>();
        boolean[] updatesOthers = {false};
        Check.Outcome outcome = Check.run(script, startup, text, false, (snippet, events) -> {
            ran.add(classify(snippet.source(), snippet.line(), events));
            for (SnippetEvent e : events) {
                if (e.causeSnippet() == null && e.snippet() instanceof VarSnippet v) variables.add(v.name());
                if (e.causeSnippet() != null && e.status() != Snippet.Status.OVERWRITTEN) updatesOthers[0] = true;
            }
        });
        return new Classified(ran, variables, outcome, outcome.ok() && !updatesOthers[0]);
    }

    static Path path(Workspace ws, Path section) { return ws.caches().resolve("fast").resolve(section.getFileName()); }

    /** What a copy depends on: its script, startup.jsh and the helper jar ({@link StartCache#jarDigest}). */
    static String key(Workspace ws, Path section, String jarDigest) {
        String in = ScriptFile.read(section) + '\0' + ScriptFile.read(ws.startup()) + '\0' + jarDigest;
        return "// mlmath fast copy " + StartCache.digest(in.getBytes(StandardCharsets.UTF_8));
    }

    /** Marks a section prepared without a copy (it did not run cleanly), so it is not tried again until it changes. */
    private static final String AS_WRITTEN = "// loads as written";

    /**
     * The body of the section's prepared file when it was prepared from exactly this script, startup.jsh and jar, and
     * is whole: its first line carries the key and a digest of the rest, so a copy cut short (a full disk, a crash) or
     * changed since is prepared again instead of served.
     */
    private static Optional<String> prepared(Workspace ws, Path section, String jarDigest) {
        String text;
        try {
            text = Files.readString(path(ws, section));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        int eol = text.indexOf('\n');
        if (eol < 0) return Optional.empty();
        String body = text.substring(eol + 1);
        String expected = key(ws, section, jarDigest) + " " + StartCache.digest(body.getBytes(StandardCharsets.UTF_8));
        return text.substring(0, eol).equals(expected) ? Optional.of(body) : Optional.empty();
    }

    /** Whether the section was prepared (with a copy or without one) from exactly this script, startup.jsh and jar. */
    static boolean isCurrent(Workspace ws, Path section, String jarDigest) { return prepared(ws, section, jarDigest).isPresent(); }

    /** The section's fast copy if it is current, whole, and the section has one; null otherwise. */
    static Path forSession(Workspace ws, Path section, String jarDigest) {
        return prepared(ws, section, jarDigest).filter(body -> !body.startsWith(AS_WRITTEN)).map(b -> path(ws, section)).orElse(null);
    }

    /** Prepares the given sections (output discarded), one progress line per section on stderr. */
    static void write(Workspace ws, List<Path> sections, String jarDigest) {
        String startupText = ScriptFile.read(ws.startup());
        PrintStream progress = System.err;
        try {
            for (Path script : sections) {
                long start = System.nanoTime();
                Classified run = Silently.call(() -> classified(script, startupText, ScriptFile.read(script)));
                progress.printf(Locale.ROOT, "  %-28s %s (%.1f s)%n", Workspace.name(script),
                        keep(ws, script, run, jarDigest) ? "ready" : "loads as written", (System.nanoTime() - start) / 1e9);
            }
        } catch (IOException e) {
            // What is half written is removed: the copy in place stays whole, and the next start prepares again.
            try (var parts = Files.list(path(ws, ws.startup()).getParent())) {
                for (Path p : parts.filter(f -> f.toString().endsWith(PART)).toList()) Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // Nothing more can be done about a folder that cannot be listed.
            }
            throw new UsageException("cannot write the faster start's copies in " + path(ws, ws.startup()).getParent() + ": "
                    + mlmath.learn.SafeWrite.reason(e));
        }
    }

    /**
     * Writes the section's prepared file from the run that classified it: its fast copy, or the mark that it loads as
     * written. Whether it has a copy.
     */
    static boolean keep(Workspace ws, Path script, Classified run, String jarDigest) throws IOException {
        Files.createDirectories(path(ws, script).getParent());
        Optional<String> fast = copy(script, run);
        if (run.clean()) ExerciseCopy.keep(ws, script, key(ws, script, jarDigest), run);
        // Written aside and moved into place, so a launcher starting meanwhile never reads half a copy.
        Path copy = path(ws, script), part = part(copy);
        String body = fast.orElse(AS_WRITTEN + "\n");
        Files.writeString(part, key(ws, script, jarDigest) + " " + StartCache.digest(body.getBytes(StandardCharsets.UTF_8)) + "\n" + body);
        Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return fast.isPresent();
    }

    /**
     * Where this process writes {@code file} before moving it into place: a name of its own, so a preparation killed
     * meanwhile (whose child JVM may still be writing) never shares it, nor has it removed.
     */
    static Path part(Path file) { return file.resolveSibling(file.getFileName() + PART); }

    private static final String PART = "." + ProcessHandle.current().pid() + ".part";

    /** The fast copy of a script, or empty if its run was not clean ({@link Classified}). */
    static Optional<String> of(Path script, String startup) {
        return copy(script, classified(script, startup, ScriptFile.read(script)));
    }

    private static Optional<String> copy(Path script, Classified run) {
        return run.clean() ? Optional.of(rewrite(script.getFileName().toString(), run.ran())) : Optional.empty();
    }

    /**
     * The learner's work file as exercise mode loads it: the same rewrite, but a statement that needs what an unfinished
     * exercise computes is skipped quietly ({@link Guard#runs}), and the load ends with one line per unfinished exercise.
     * The classifying run's output is the caller's to discard.
     */
    static String forExercises(Path work, String startup) { return forExercises(work, startup, new ArrayList<>()); }

    /** As above, adding to {@code notCompiling} each line of the work file that does not compile. */
    static String forExercises(Path work, String startup, List<String> notCompiling) {
        Classified run = classified(work, startup, ScriptFile.read(work));
        List<Ran> ran = new ArrayList<>(run.ran());
        run.outcome().problems().stream().filter(p -> p.contains(" does not compile")).forEach(notCompiling::add);
        // A statement stopped at the time limit would stop the session's load the same way: it is left out, saying so.
        for (String p : run.outcome().problems()) {
            java.util.regex.Matcher stopped = Pattern.compile(":(\\d+) " + Pattern.quote(mlmath.learn.TimeLimit.message())).matcher(p);
            if (!stopped.find()) continue;
            int line = Integer.parseInt(stopped.group(1));
            String said = "work/" + work.getFileName() + ":" + line + " " + mlmath.learn.TimeLimit.message() + " It is skipped.";
            ran.replaceAll(r -> r.line() == line ? Ran.other("System.out.println(\"" + said.replace("\"", "\\\"") + "\");", line, null) : r);
        }
        return forExercises(work.getFileName().toString(), ScriptFile.read(work), ran, run.variables());
    }

    /**
     * The exercise-mode copy of the work file {@code file} with this {@code text}, from what each of its snippets is:
     * guarded statements between a first line that names the exercises still stubs and a last line that sums up.
     */
    static String forExercises(String file, String text, List<Ran> ran, Set<String> variables) {
        // Every exercise still a stub gets its TODO line, whether or not anything that ran called it.
        StringBuilder stubs = new StringBuilder();
        java.util.regex.Matcher m = Pattern.compile("throw new " + Pattern.quote(mlmath.learn.Todo.class.getName()) + "\\(\"([^\"]+)\"\\)").matcher(text);
        while (m.find()) stubs.append(stubs.isEmpty() ? "" : ", ").append('"').append(m.group(1)).append('"');
        return "mlmath.launch.Guard.startExercises(" + stubs + ");\n" + rewrite(file, ran, variables)
                + "mlmath.launch.Guard.endExercises(\"work/" + file + "\");\n";
    }

    private static final Pattern DENOTABLE = Pattern.compile("[\\w$.]+(<[\\w$.<>\\[\\], ?]*>)?(\\[])*");

    /** What JShell made of one snippet, from the events of its evaluation and javac's parse of its text. */
    static Ran classify(String source, int line, List<SnippetEvent> events) {
        List<Snippet> made = events.stream().filter(e -> e.causeSnippet() == null).map(SnippetEvent::snippet).toList();
        String text = source.strip();
        if (made.size() != 1) return Ran.other(text, line, null);
        Snippet s = made.get(0);
        if (s instanceof TypeDeclSnippet t) return new Ran(text, line, Ran.Kind.TYPE, t.name(), null, null, null);
        if (s instanceof MethodSnippet m) return new Ran(text, line, Ran.Kind.METHOD, m.name(), null, null, null);
        String name = s instanceof VarSnippet v ? v.name() : null;
        if (s.kind() == Snippet.Kind.STATEMENT || s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || s.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND) {
            String statement = text.endsWith(";") || text.endsWith("}") ? text : text + ";";
            return Parsed.of(statement).filter(p -> p.tree() != null && !(p.tree() instanceof VariableTree))
                    .map(p -> new Ran(statement, line, Ran.Kind.STATEMENT, null, null, null, Effects.of(p.tree())))
                    .orElse(Ran.other(text, line, null));
        }
        if (s.subKind() == Snippet.SubKind.VAR_DECLARATION_WITH_INITIALIZER_SUBKIND && DENOTABLE.matcher(((VarSnippet) s).typeName()).matches()) {
            String type = ((VarSnippet) s).typeName();
            Optional<Parsed> parsed = Parsed.of(text.endsWith(";") ? text : text + ";");
            Optional<String> init = parsed.flatMap(p -> p.initializer(type));
            if (init.isPresent()) return new Ran(text, line, Ran.Kind.VARIABLE, name, type, init.get(), Effects.of(parsed.get().tree()));
        }
        return Ran.other(text, line, name);
    }

    /**
     * The copy: every variable declared up front (grouped by type, in order of first appearance), then the script in
     * order, methods moved up ({@link #order}), with each run of statements and initialisations as one block of
     * guarded statements. A name declared with
     * two types, or also declared in a way that cannot be split (final, no initialiser, a non-denotable type), keeps
     * its declarations, and so does one whose type the script declares itself (it could not be declared before its
     * class).
     */
    static String rewrite(String file, List<Ran> ran) { return rewrite(file, ran, null); }

    /** As above; with {@code variables}, every variable the script declares, each statement is guarded for exercise mode. */
    static String rewrite(String file, List<Ran> ran, Set<String> variables) {
        Map<String, String> types = new LinkedHashMap<>();
        Set<String> kept = new HashSet<>();
        List<Pattern> scriptTypes = ran.stream().filter(r -> r.kind() == Ran.Kind.TYPE)
                .map(r -> Pattern.compile("\\b" + Pattern.quote(r.name()) + "\\b")).toList();
        for (Ran r : ran) {
            if (r.name() == null || r.kind() == Ran.Kind.TYPE || r.kind() == Ran.Kind.METHOD) continue;
            if (r.kind() == Ran.Kind.OTHER || !r.type().equals(types.getOrDefault(r.name(), r.type()))
                    || scriptTypes.stream().anyMatch(t -> t.matcher(r.type()).find())) {
                kept.add(r.name());
            } else {
                types.putIfAbsent(r.name(), r.type());
            }
        }
        kept.forEach(types::remove);
        StringBuilder out = new StringBuilder("// Loads " + file + " faster: variables declared first, statements grouped"
                + " into blocks,\n// each guarded so one that throws is reported and the next still runs. Edit the original.\n");
        Map<String, List<String>> byType = new LinkedHashMap<>();
        types.forEach((variable, type) -> byType.computeIfAbsent(type, t -> new ArrayList<>()).add(variable));
        byType.forEach((type, names) -> out.append(type).append(' ').append(String.join(", ", names)).append(";\n"));
        boolean inBlock = false;
        boolean[] sketchPoints = sketchPoints(ran);
        for (int i : order(ran, types)) {
            Ran r = ran.get(i);
            String statement = statement(r, types);
            if (statement != null && !inBlock) out.append("{\n");
            if (statement == null && inBlock) out.append("}\n");
            inBlock = statement != null;
            out.append(!inBlock ? r.source() + "\n" : variables != null ? guardedExercise(statement, file, r, variables, sketchPoints[i])
                    : guarded("", statement, "mlmath.launch.Guard.report(e, \"" + file + "\", " + r.line() + ")", sketchPoints[i]));
        }
        if (inBlock) out.append("}\n");
        return out.toString();
    }

    /** The most statements one block of {@code copy} (a text {@link #rewrite} made) guards, 1 if it has none. */
    static int largestBlock(String copy) {
        int most = 1, in = 0;
        for (String line : copy.lines().toList()) {
            if (line.equals("{")) in = 0;
            else if (line.startsWith("    } catch (Throwable e) {")) most = Math.max(most, ++in);
        }
        return most;
    }

    /** The snippet as a statement of a block (a variable declared up front is assigned), or null if it stays a snippet. */
    private static String statement(Ran r, Map<String, String> types) {
        return r.kind() == Ran.Kind.STATEMENT ? r.source()
                : r.kind() == Ran.Kind.VARIABLE && types.containsKey(r.name()) ? r.name() + " = " + r.initializer() + ";"
                : null;
    }

    /**
     * The order the copy runs the snippets in (their indexes): each method moved up past the statements before it, so
     * that the statements between methods run as one block (JShell compiles each snippet on its own, ~50 ms each on a
     * fresh JVM). A method stops below any other snippet, and below a statement that names it, which so keeps calling
     * what the name meant there (a helper of the workbook, an earlier overload); declaring a method runs nothing.
     */
    private static List<Integer> order(List<Ran> ran, Map<String, String> types) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ran.size(); i++) {
            int at = order.size();
            if (ran.get(i).kind() == Ran.Kind.METHOD) {
                Pattern named = Pattern.compile("\\b" + Pattern.quote(ran.get(i).name()) + "\\b");
                while (at > 0 && statement(ran.get(order.get(at - 1)), types) != null
                        && !named.matcher(ran.get(order.get(at - 1)).source()).find()) {
                    at--;
                }
            }
            order.add(at, i);
        }
        return order;
    }

    /**
     * A statement of an exercise-mode load: it runs only if none of the script's variables it reads lost its value to
     * an unfinished exercise, and if it is skipped or throws, the ones it writes lose theirs ({@link Effects}).
     */
    private static String guardedExercise(String statement, String file, Ran r, Set<String> variables, boolean sketch) {
        List<String> writes = literals(r.effects().writes(), variables), reads = literals(r.effects().reads(), variables);
        String guard = "if (mlmath.launch.Guard.runs(new String[] {" + String.join(", ", writes) + "}" + after(reads) + ")) ";
        return guarded(guard, statement, "mlmath.launch.Guard.failed(e, \"" + file + "\", " + r.line() + after(writes) + ")", sketch);
    }

    /** The script's variables among {@code names}, as string literals. */
    private static List<String> literals(Set<String> names, Set<String> variables) {
        return names.stream().filter(variables::contains).map(v -> '"' + v + '"').toList();
    }

    /** {@code , a, b}: more arguments after the ones written before. */
    private static String after(List<String> arguments) { return arguments.stream().map(", "::concat).collect(Collectors.joining()); }

    /** A statement that reports what it throws; with {@code sketch}, its end is one where plots' sketches print. */
    private static String guarded(String guard, String statement, String report, boolean sketch) {
        return "    " + guard + "try {\n" + statement.indent(8) + "    } catch (Throwable e) { " + report + "; }"
                + (sketch ? " finally { mlmath.plot.Figure.statementEnded(); }\n" : "\n");
    }

    /**
     * After which snippets a plot's sketch may print: not while the script goes on building the figure it made last
     * (a later statement starts with the figure's variable before the variable is declared again), so a figure drawn
     * over several statements is sketched once, complete.
     */
    private static boolean[] sketchPoints(List<Ran> ran) {
        boolean[] at = new boolean[ran.size()];
        String figure = null;
        for (int i = 0; i < ran.size(); i++) {
            Ran r = ran.get(i);
            if (r.kind() == Ran.Kind.VARIABLE && r.type().endsWith("Figure")) figure = r.name();
            at[i] = figure == null || !continues(ran.subList(i + 1, ran.size()), figure);
        }
        return at;
    }

    /** Whether one of {@code later} uses the figure in {@code variable} before the variable is declared again. */
    private static boolean continues(List<Ran> later, String variable) {
        for (Ran r : later) {
            if (variable.equals(r.name())) return false;
            if (r.kind() == Ran.Kind.STATEMENT && r.source().strip().startsWith(variable + ".")) return true;
        }
        return false;
    }

    /** javac's parse of a snippet's text as the body of a method: its one statement, if it parsed cleanly. */
    record Parsed(String text, StatementTree tree, SourcePositions positions, CompilationUnitTree unit, int offset) {
        private static final String BEFORE = "class Snippet { void run() {\n";

        static Optional<Parsed> of(String text) {
            JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) { return BEFORE + text + "\n} }"; }
            };
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, diagnostics, null, null, List.of(file));
            try {
                CompilationUnitTree unit = task.parse().iterator().next();
                if (diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)) {
                    return Optional.empty();
                }
                BlockTree body = ((MethodTree) ((ClassTree) unit.getTypeDecls().get(0)).getMembers().get(0)).getBody();
                StatementTree only = body.getStatements().size() == 1 ? body.getStatements().get(0) : null;
                return Optional.of(new Parsed(text, only, Trees.instance(task).getSourcePositions(), unit, BEFORE.length()));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        /** The initialiser of a plain declaration ({@code Type name = init;}: no modifiers), as an expression of {@code type}. */
        Optional<String> initializer(String type) {
            if (!(tree instanceof VariableTree v) || v.getInitializer() == null || !v.getModifiers().getFlags().isEmpty()) {
                return Optional.empty();
            }
            String init = text.substring((int) positions.getStartPosition(unit, v.getInitializer()) - offset,
                    (int) positions.getEndPosition(unit, v.getInitializer()) - offset);
            // {1, 2} initialises an array only in a declaration; as an assignment it needs its type spelled out.
            if (v.getInitializer() instanceof NewArrayTree a && a.getType() == null) {
                return type.endsWith("]") ? Optional.of("new " + type + " " + init) : Optional.empty();
            }
            return Optional.of(init);
        }
    }
}
