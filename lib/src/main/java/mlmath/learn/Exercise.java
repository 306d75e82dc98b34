package mlmath.learn;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercise mode: a region opened by {@code // exercise: NAME}, with optional {@code // hint: …} lines, holds one method
 * and is closed by {@code // end}. The stub keeps the method's declaration as javac parses it (any brace style,
 * annotations, comments, generics, one line or many) and gets a body that throws {@link mlmath.learn.Todo}
 * ({@code TODO: implement NAME}), so the learner writes it. The hints stay out of the stub: {@code hint("NAME")} shows
 * them one at a time.
 */
public final class Exercise {
    private Exercise() {}

    private static final Pattern MARKER = Pattern.compile("^([ \\t]*)// exercise: *(\\S+).*$");
    private static final Pattern HINT = Pattern.compile("^[ \\t]*// hint:(.*)$");
    private static final Pattern END = Pattern.compile("^[ \\t]*// end[ \\t]*$");

    /**
     * One marked exercise: its name, the lines its region spans (1-based, marker to {@code // end}), its hints
     * mildest first, the code between the hints and {@code // end}, and the indent of its marker.
     */
    public record Region(String name, int firstLine, int lastLine, List<String> hints, String code, String indent) {
        /** The name of the method the region declares, as javac parses it; empty while its code does not parse. */
        public Optional<String> method() { return Method.of(code).map(Method::name); }
    }

    /** The marked exercises of a script, in order: found by their marker lines, whatever the code between them. */
    public static List<Region> regions(String script) {
        String[] lines = script.split("\n", -1);
        List<Region> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher marker = MARKER.matcher(lines[i]);
            if (!marker.matches()) continue;
            int j = i + 1;
            List<String> hints = new ArrayList<>();
            for (Matcher h; j < lines.length && (h = HINT.matcher(lines[j])).matches(); j++) hints.add(h.group(1).strip());
            int codeStart = j;
            while (j < lines.length && !END.matcher(lines[j]).matches() && !MARKER.matcher(lines[j]).matches()) j++;
            if (j == lines.length || !END.matcher(lines[j]).matches()) continue;   // no // end before the next marker
            String code = String.join("\n", java.util.Arrays.copyOfRange(lines, codeStart, j));
            out.add(new Region(marker.group(2), i + 1, j + 1, List.copyOf(hints), code, marker.group(1)));
            i = j;
        }
        return out;
    }

    /** The script with each marked method's body replaced by a throwing stub (a region that is not one method stays). */
    public static String stub(String script) {
        String[] lines = script.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (Region r : regions(script)) {
            Optional<Method> m = Method.of(r.code());
            if (m.isEmpty()) continue;
            for (; next < r.firstLine() - 1; next++) out.append(lines[next]).append('\n');
            String indent = r.indent();
            out.append(indent).append("// exercise: ").append(r.name()).append(" (write the body yourself; hint(\"")
                    .append(r.name()).append("\") if you are stuck)\n")
                    .append(r.code(), 0, m.get().bodyStart() + 1).append('\n')
                    .append(indent).append("    throw new mlmath.learn.Todo(\"").append(r.name()).append("\");\n")
                    .append(indent).append("}\n").append(indent).append("// end\n");
            next = r.lastLine();
        }
        for (; next < lines.length; next++) out.append(lines[next]).append(next < lines.length - 1 ? "\n" : "");
        return out.toString();
    }

    /** The names of the marked exercises, in script order. */
    public static List<String> names(String script) {
        return regions(script).stream().map(Region::name).toList();
    }

    /**
     * A method declaration as javac parses it: its name, where its body's opening brace is in the text, and its
     * parameters' types and names as written. Used for
     * the marked regions and for a method typed at the prompt, so that brace style, annotations, comments and
     * generics never decide whether an exercise is found.
     */
    public record Method(String name, int bodyStart, List<String> parameterTypes, List<String> parameterNames) {
        private static final String BEFORE = "class Member {\n";

        /** The one method {@code text} declares (nothing else but comments around it), or empty. */
        public static Optional<Method> of(String text) {
            JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Member.java"), JavaFileObject.Kind.SOURCE) {
                @Override public CharSequence getCharContent(boolean ignoreEncodingErrors) { return BEFORE + text + "\n}"; }
            };
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler().getTask(null, null, diagnostics, null, null, List.of(file));
            try {
                CompilationUnitTree unit = task.parse().iterator().next();
                if (diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)) return Optional.empty();
                if (unit.getTypeDecls().size() != 1) return Optional.empty();
                List<? extends Tree> members = ((ClassTree) unit.getTypeDecls().get(0)).getMembers();
                if (members.size() != 1 || !(members.get(0) instanceof MethodTree method) || method.getBody() == null) return Optional.empty();
                SourcePositions positions = Trees.instance(task).getSourcePositions();
                int brace = (int) positions.getStartPosition(unit, method.getBody()) - BEFORE.length();
                return Optional.of(new Method(method.getName().toString(), brace,
                        method.getParameters().stream().map(v -> v.getType().toString()).toList(),
                        method.getParameters().stream().map(v -> v.getName().toString()).toList()));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
