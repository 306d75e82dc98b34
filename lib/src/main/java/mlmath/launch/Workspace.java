package mlmath.launch;

import mlmath.internal.DidYouMean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checkout the launcher works in: its scripts, startup.jsh, the helper jar and the folders the launcher writes
 * (plots/, work/, lib/target/launch/ for caches). Resolves section names the way a learner types them.
 */
public record Workspace(Path root) {

    public Path scripts() { return root.resolve("scripts"); }

    public Path startup() { return root.resolve("startup.jsh"); }

    public Path plots() { return root.resolve("plots"); }

    /** The learner's exercise files (git-ignored, never overwritten by the tool). */
    public Path work() { return root.resolve("work"); }

    public Path target() { return root.resolve("lib").resolve("target"); }

    public Path jar() { return target().resolve("mlmath.jar"); }

    /** Where the launcher keeps what it derives from the jar and the scripts (start-up archive, fast copies). */
    public Path caches() { return target().resolve("launch"); }

    /** Every section script, in order. */
    public List<Path> sections() {
        try (Stream<Path> files = Files.list(scripts())) {
            return files.filter(p -> p.getFileName().toString().matches("\\d\\d-.+\\.jsh")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + scripts() + ": " + e.getMessage(), e);
        }
    }

    /** A section's name without {@code .jsh}: {@code 03-probability}. */
    public static String name(Path section) { return section.getFileName().toString().replaceFirst("\\.jsh$", ""); }

    /**
     * The section a learner means by {@code 03-probability}, {@code 03}, {@code 3} or {@code probability}.
     * @throws UsageException for a path or an unknown name, listing the sections
     */
    public Path section(String typed) {
        if (typed.contains("/") || typed.contains("\\") || typed.contains("..")) {
            throw new UsageException("'" + typed + "' is not a section name (no paths allowed)");
        }
        String wanted = typed.matches("\\d") ? "0" + typed : typed;
        for (Path s : sections()) {
            String base = name(s);
            if (base.equals(wanted) || base.substring(0, 2).equals(wanted) || base.substring(3).equals(wanted)) return s;
        }
        List<String> names = sections().stream().map(Workspace::name).toList();
        String guess = DidYouMean.among(typed, names).map(n -> "; did you mean " + n + "?").orElse("");
        throw new UsageException("unknown section '" + typed + "'" + guess + "\n" + sectionList());
    }

    /** {@code sections:} and one indented name a line. */
    public String sectionList() {
        StringBuilder sb = new StringBuilder("sections:");
        for (Path s : sections()) sb.append("\n  ").append(name(s));
        return sb.toString();
    }
}
