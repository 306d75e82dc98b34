package mlmath.learn;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course files fit an 80-column editor or terminal: a learner reads them with {@code cat} or opens them as they are. */
class ScriptWidthTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final int COLUMNS = 80;

    @Test
    void everyLineOfTheSectionsAndStartup_fitsEightyColumns() throws Exception {
        List<Path> files;
        try (Stream<Path> sections = Files.list(ROOT.resolve("scripts"))) {
            files = new ArrayList<>(sections.filter(p -> p.toString().endsWith(".jsh")).sorted().toList());
        }
        files.add(ROOT.resolve("startup.jsh"));
        assertTrue(files.size() >= 10, files.toString());
        List<String> wide = new ArrayList<>();
        for (Path file : files) {
            String[] lines = ScriptFile.read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                // Characters, not bytes or UTF-16 units: σ, ², — each take one column.
                int columns = lines[i].codePointCount(0, lines[i].length());
                if (columns > COLUMNS) wide.add(file.getFileName() + ":" + (i + 1) + " has " + columns + " columns");
            }
        }
        assertEquals(List.of(), wide);
    }
}
