package mlmath.check;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercise mode: every region {@code // exercise: NAME} … {@code // end} keeps its first line (the method
 * signature) and gets a body that throws {@link mlmath.Todo} ({@code TODO: implement NAME}), so the learner writes it
 * in the REPL.
 */
public final class Exercise {
    private Exercise() {}

    private static final Pattern REGION = Pattern.compile(
            "(?m)^([ \\t]*)// exercise: *(.+?)[ \\t]*\\R(.*?\\{)[ \\t]*\\R(?s:.*?)^[ \\t]*// end[ \\t]*$");

    /** The script with each marked body replaced by a throwing stub. */
    public static String stub(String script) {
        Matcher m = REGION.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String indent = m.group(1), name = m.group(2), signature = m.group(3);
            String stub = indent + "// exercise: " + name + " (write this one yourself, then re-run the verify below)\n"
                    + signature + "\n" + indent + "    throw new mlmath.Todo(\"" + name + "\");\n" + indent + "}";
            m.appendReplacement(out, Matcher.quoteReplacement(stub));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The names of the marked exercises, in script order. */
    public static java.util.List<String> names(String script) {
        return REGION.matcher(script).results().map(r -> r.group(2)).toList();
    }

    /**
     * Writes the stubbed script to OUT (UTF-8, so both launchers avoid their shells' encodings) and tells the learner
     * what is about to happen: {@code java mlmath.check.Exercise scripts/03-probability.jsh OUT.jsh}.
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length != 2) {
            System.err.println("usage: Exercise SCRIPT.jsh OUT.jsh");
            System.exit(2);
        }
        String script = ScriptFile.read(Path.of(args[0]));
        java.nio.file.Files.writeString(Path.of(args[1]), stub(script));
        System.err.println("Exercise mode: " + String.join(", ", names(script)) + " are stubs that throw TODO.");
        System.err.println("The lines that use them fail below until you write them. Re-declare each method at the prompt");
        System.err.println("(signature and body, as in the script), then re-run the verify lines after it; build() tracks the build ops.");
    }
}
