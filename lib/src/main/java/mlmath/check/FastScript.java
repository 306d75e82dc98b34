package mlmath.check;

import com.sun.source.util.JavacTask;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of a section script that JShell loads in about half the time, for {@code ./run.sh SECTION}. JShell compiles
 * every snippet on its own, and on a fresh JVM a {@code var} declaration costs it ~110 ms, an expression statement
 * ~65 ms and a typed declaration ~40 ms, while a statement inside a block costs ~2 ms. The copy declares the
 * script's variables first, with the types JShell inferred (one snippet per type), and turns each run of statements
 * and initialisations between two method or class declarations into one block. Variables, methods and output are
 * the same; only {@code /list} shows the difference. A copy is written only for a script that ran cleanly, and
 * run.sh uses it only while it is newer than its script, startup.jsh and the jar.
 */
public final class FastScript {
    private FastScript() {}

    /**
     * One top-level snippet as it ran: a statement, a hoistable variable declaration, a class (or record, interface,
     * enum) declaration named {@code name}, or anything else.
     */
    record Ran(String source, Kind kind, String name, String type, String initializer) {
        enum Kind { STATEMENT, VARIABLE, TYPE, OTHER }

        static Ran other(String source, String name) { return new Ran(source, Kind.OTHER, name, null, null); }
    }

    /** Writes the copies of every section under {@code mlmath.root} into lib/target/fast; run.sh's preparation calls this. */
    public static int writeAll() throws IOException {
        Path root = Path.of(System.getProperty("mlmath.root", "."));
        List<Path> scripts;
        try (Stream<Path> files = Files.list(root.resolve("scripts"))) {
            scripts = files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        }
        return writeAll(root.resolve("lib/target/fast"), root.resolve("startup.jsh"), scripts);
    }

    /** Runs each script (output discarded) and writes its copy to {@code outDir}; returns how many were written. */
    static int writeAll(Path outDir, Path startup, List<Path> scripts) {
        String startupText = ScriptFile.read(startup);
        PrintStream out = System.out;
        int written = 0;
        try {
            Files.createDirectories(outDir);
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, "UTF-8"));
            for (Path script : scripts) {
                Path copy = outDir.resolve(script.getFileName());
                Files.deleteIfExists(copy);
                Optional<String> fast = of(script, startupText);
                if (fast.isPresent()) {
                    // Written aside and moved into place, so a launcher starting meanwhile never reads half a copy.
                    Path part = outDir.resolve(script.getFileName() + ".part");
                    Files.writeString(part, fast.get());
                    Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.setOut(out);
        }
        return written;
    }

    /**
     * The fast copy of a script, or empty if any of its snippets threw, did not compile or failed a verify, or if a
     * redeclaration made JShell update other declarations (it resets variables whose declaration it recompiles,
     * which the copy, declaring them apart from their values, would not reproduce).
     */
    static Optional<String> of(Path script, String startup) {
        List<Ran> ran = new ArrayList<>();
        boolean[] updatesOthers = {false};
        Check.Outcome outcome = Check.run(script, startup, ScriptFile.read(script), false, (snippet, events) -> {
            ran.add(classify(snippet.source(), events));
            for (SnippetEvent e : events) {
                if (e.causeSnippet() != null && e.status() != Snippet.Status.OVERWRITTEN) updatesOthers[0] = true;
            }
        });
        return outcome.ok() && !updatesOthers[0] ? Optional.of(rewrite(script.getFileName().toString(), ran)) : Optional.empty();
    }

    private static final Pattern DENOTABLE = Pattern.compile("[\\w$.]+(<[\\w$.<>\\[\\], ?]*>)?(\\[])*");

    /** What JShell made of one snippet, from the events of its evaluation. */
    static Ran classify(String source, List<SnippetEvent> events) {
        List<Snippet> made = events.stream().filter(e -> e.causeSnippet() == null).map(SnippetEvent::snippet).toList();
        String text = source.strip();
        if (made.size() != 1) return Ran.other(text, null);
        Snippet s = made.get(0);
        if (s instanceof TypeDeclSnippet t) return new Ran(text, Ran.Kind.TYPE, t.name(), null, null);
        String name = s instanceof VarSnippet v ? v.name() : null;
        if (s.kind() == Snippet.Kind.STATEMENT || s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || s.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND) {
            String statement = text.endsWith(";") || text.endsWith("}") ? text : text + ";";
            return isStatement(statement) ? new Ran(statement, Ran.Kind.STATEMENT, null, null, null) : Ran.other(text, null);
        }
        if (s.subKind() == Snippet.SubKind.VAR_DECLARATION_WITH_INITIALIZER_SUBKIND) {
            VarSnippet v = (VarSnippet) s;
            String type = v.typeName();
            Matcher m = Pattern.compile("(?s)([\\w$.<>\\[\\], ?]+?)\\s+" + Pattern.quote(name) + "\\s*=\\s*(.+?)\\s*;?").matcher(text);
            if (m.matches() && !m.group(1).matches(".*\\b(final|static)\\b.*") && DENOTABLE.matcher(type).matches()) {
                String init = m.group(2);
                if (init.startsWith("{")) init = type.endsWith("]") ? "new " + type + " " + init : null;
                if (init != null && isStatement(name + " = " + init + ";")) return new Ran(text, Ran.Kind.VARIABLE, name, type, init);
            }
        }
        return Ran.other(text, name);
    }

    /**
     * The copy: every variable declared up front (grouped by type, in order of first appearance), then the script in
     * order with each run of statements and initialisations as one block. A name declared with two types, or also
     * declared in a way that cannot be split (final, no initialiser, a non-denotable type), keeps its declarations,
     * and so does one whose type the script declares itself (it could not be declared before its class).
     */
    static String rewrite(String name, List<Ran> ran) {
        Map<String, String> types = new LinkedHashMap<>();
        Set<String> kept = new HashSet<>();
        List<Pattern> scriptTypes = ran.stream().filter(r -> r.kind() == Ran.Kind.TYPE)
                .map(r -> Pattern.compile("\\b" + Pattern.quote(r.name()) + "\\b")).toList();
        for (Ran r : ran) {
            if (r.name() == null || r.kind() == Ran.Kind.TYPE) continue;
            if (r.kind() == Ran.Kind.OTHER || !r.type().equals(types.getOrDefault(r.name(), r.type()))
                    || scriptTypes.stream().anyMatch(t -> t.matcher(r.type()).find())) {
                kept.add(r.name());
            } else {
                types.putIfAbsent(r.name(), r.type());
            }
        }
        kept.forEach(types::remove);
        StringBuilder out = new StringBuilder("// Written by ./run.sh from scripts/" + name + " to load faster: variables are\n"
                + "// declared first and statements grouped into blocks. Edit the original; this copy is remade.\n");
        Map<String, List<String>> byType = new LinkedHashMap<>();
        types.forEach((variable, type) -> byType.computeIfAbsent(type, t -> new ArrayList<>()).add(variable));
        byType.forEach((type, names) -> out.append(type).append(' ').append(String.join(", ", names)).append(";\n"));
        boolean inBlock = false;
        for (Ran r : ran) {
            String statement = r.kind() == Ran.Kind.STATEMENT ? r.source()
                    : r.kind() == Ran.Kind.VARIABLE && types.containsKey(r.name()) ? r.name() + " = " + r.initializer() + ";"
                    : null;
            if (statement != null && !inBlock) out.append("{\n");
            if (statement == null && inBlock) out.append("}\n");
            inBlock = statement != null;
            out.append(inBlock ? statement.indent(4) : r.source() + "\n");
        }
        if (inBlock) out.append("}\n");
        return out.toString();
    }

    /** Whether javac's parser accepts the text as statements in a method body (an expression such as {@code x + 1} is not one). */
    static boolean isStatement(String text) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return "class Snippet { void run() {\n" + text + "\n} }";
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, diagnostics, null, null, List.of(file));
        try {
            task.parse();
        } catch (IOException e) {
            return false;
        }
        return diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR);
    }
}
