package mlmath.check;

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
}
