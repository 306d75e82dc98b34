package mlmath.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exercise mode: every region {@code // exercise: NAME}, optional {@code // hint: …} lines, the method, {@code // end}
 * keeps the method's first line (its signature) and gets a body that throws {@link mlmath.Todo}
 * ({@code TODO: implement NAME}), so the learner writes it. The hints stay out of the stub: {@code hint("NAME")}
 * shows them one at a time.
 */
public final class Exercise {
    private Exercise() {}

    private static final Pattern REGION = Pattern.compile(
            "(?m)^([ \\t]*)// exercise: *(\\S+)[^\\n]*\\R((?:[ \\t]*// hint:.*\\R)*)(.*?\\{)[ \\t]*\\R(?s:.*?)^[ \\t]*// end[ \\t]*$");

    /** One marked exercise: its name, the lines its region spans (1-based) and its hints, mildest first. */
    public record Region(String name, int firstLine, int lastLine, java.util.List<String> hints) {}

    /** The marked exercises of a script, in order. */
    public static java.util.List<Region> regions(String script) {
        return REGION.matcher(script).results().map(r -> new Region(r.group(2), lineOf(script, r.start()),
                lineOf(script, r.end()), r.group(3).lines().map(h -> h.strip().replaceFirst("^// hint: *", "")).toList())).toList();
    }

    private static int lineOf(String text, int offset) { return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1; }

    /** The script with each marked body replaced by a throwing stub. */
    public static String stub(String script) {
        Matcher m = REGION.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String indent = m.group(1), name = m.group(2), signature = m.group(4);
            String stub = indent + "// exercise: " + name + " (write the body yourself; hint(\"" + name + "\") if you are stuck)\n"
                    + signature + "\n" + indent + "    throw new mlmath.Todo(\"" + name + "\");\n" + indent + "}\n" + indent + "// end";
            m.appendReplacement(out, Matcher.quoteReplacement(stub));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The names of the marked exercises, in script order. */
    public static java.util.List<String> names(String script) {
        return regions(script).stream().map(Region::name).toList();
    }
}
