package mlmath.learn;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course's own exercises, every one: stubbed, reset and hinted from the sections as they are. */
class EveryExerciseTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyExercise_isStubbed_resetsToItsStub_andGivesItsTwoHintsInOrder() throws Exception {
        Path dir = Files.createTempDirectory("mlmath-every-exercise"), work = dir.resolve("work");
        List<String> names = new ArrayList<>();
        try (var files = Files.list(ROOT.resolve("scripts"))) {
            for (Path section : files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList()) {
                String text = ScriptFile.read(section);
                List<Exercise.Region> regions = Exercise.regions(text);
                if (regions.isEmpty()) continue;
                Path file = WorkFiles.open(work, section);
                String stub = Files.readString(file);
                for (Exercise.Region r : regions) {
                    names.add(r.name());
                    assertTrue(stub.contains("throw new mlmath.learn.Todo(\"" + r.name() + "\");"), r.name());
                    // The reference solution written in, then reset: the stub is back, the solution kept in history.
                    Files.writeString(file, WorkFiles.withSolution(Files.readString(file), r.name(), r.method().orElseThrow(),
                            r.code().strip()).orElseThrow());
                    Path previous = WorkFiles.reset(file, section, r.name()).orElseThrow();
                    assertEquals(stub, Files.readString(file), r.name());
                    assertTrue(Files.readString(previous).contains(r.code().strip()), r.name());
                    for (int h = 1; h <= 2; h++) {
                        assertEquals("hint " + h + "/2 for " + r.name() + ": " + r.hints().get(h - 1),
                                WorkFiles.hint(ROOT.resolve("scripts"), work, r.name()));
                    }
                }
            }
        }
        assertTrue(names.size() >= 40, names.size() + " exercises: " + names);
    }
}
