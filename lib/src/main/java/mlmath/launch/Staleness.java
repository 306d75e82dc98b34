package mlmath.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** The one place that decides whether the helper jar is older than what it is built from (lib/pom.xml, lib/src/main). */
final class Staleness {
    private Staleness() {}

    static boolean jarIsStale(Workspace ws) {
        Path lib = ws.root().resolve("lib");
        try {
            if (!Files.isRegularFile(ws.jar())) return true;
            FileTime built = Files.getLastModifiedTime(ws.jar());
            if (Files.getLastModifiedTime(lib.resolve("pom.xml")).compareTo(built) > 0) return true;
            try (Stream<Path> sources = Files.walk(lib.resolve("src").resolve("main"))) {
                return sources.anyMatch(p -> {
                    try {
                        return Files.getLastModifiedTime(p).compareTo(built) > 0;
                    } catch (IOException e) {
                        return true;
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
