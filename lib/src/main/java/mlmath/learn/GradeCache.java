package mlmath.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Grades kept by what decides them: the work file's text, start-up, and the library that graded it (the jar, whose
 * random cases and references may change). {@code progress} and {@code check --work} then answer at once for work
 * files that did not change. An entry that cannot be read is graded again and rewritten.
 */
public final class GradeCache {
    private final Path dir;

    /** A cache in {@code dir} (made on first write). */
    public GradeCache(Path dir) { this.dir = dir; }

    /** {@link Grade#of} for {@code work}, from the cache when this work file, start-up and library were graded before. */
    public Grade.Report of(String work, String startup) {
        Path entry = dir.resolve(key(work, startup) + ".grade");
        try (InputStream in = Files.newInputStream(entry); ObjectInputStream objects = new ObjectInputStream(in)) {
            return (Grade.Report) objects.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // Not graded yet, or an entry a crash or a full disk left damaged: grade again.
        }
        Grade.Report report = Grade.of(work, startup, Exercise.regions(work));
        write(entry, report);
        return report;
    }

    private void write(Path entry, Grade.Report report) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "grade", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(report);
            }
            Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Not cached: the next call grades again.
        }
    }

    private static String key(String work, String startup) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(work, startup, library())) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The library's identity: where its classes come from, their size and time (a rebuilt jar grades anew). */
    private static String library() {
        try {
            Path code = Path.of(Grade.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path probe = Files.isDirectory(code) ? code.resolve(Grade.class.getName().replace('.', '/') + ".class") : code;
            return code + ":" + Files.size(probe) + ":" + Files.getLastModifiedTime(probe).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown:" + System.nanoTime();   // never a hit: grading is always right, if slower
        }
    }
}
