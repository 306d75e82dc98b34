package mlmath.learn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one way the workbook changes a learner's file: one writer at a time (a lock on {@code work/.lock}, across
 * processes), the file read again under the lock so a change merges into what another session just wrote, the new
 * text written to a temporary file beside it, forced to disk and renamed over the original, and the previous version
 * kept under {@code work/history/}. A failure (a full disk, a read-only folder) leaves the original as it was.
 */
public final class SafeWrite {
    private SafeWrite() {}

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** What a change did: the file's text afterwards, and where the version it replaced is kept (empty if none). */
    public record Written(String text, Optional<Path> previous) {}

    /**
     * Applies {@code change} to the file's current text (empty when the file does not exist yet) under the work
     * folder's lock; writes nothing when it returns the text unchanged.
     * @throws IOException when the file could not be read or written; the original is then intact
     */
    public static Written update(Path file, UnaryOperator<String> change) throws IOException { return update(file, change, true); }

    /**
     * As {@link #update} for a file the workbook keeps for itself (the progress record): no earlier versions kept.
     * @throws IOException when the file could not be read or written; the original is then intact
     */
    public static Written updateRecord(Path file, UnaryOperator<String> change) throws IOException { return update(file, change, false); }

    private static synchronized Written update(Path file, UnaryOperator<String> change, boolean history) throws IOException {
        Path work = file.toAbsolutePath().getParent();
        Files.createDirectories(work);
        try (FileChannel lockFile = FileChannel.open(work.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            boolean exists = Files.exists(file);
            String before = exists ? read(file) : "";
            String after = change.apply(before);
            if (exists && after.equals(before)) return new Written(before, Optional.empty());
            Optional<Path> previous = history && exists && Files.size(file) > 0 ? Optional.of(keep(file)) : Optional.empty();
            write(file, after);
            return new Written(after, previous);
        }
    }

    private static String read(Path file) throws IOException {
        try {
            return mlmath.learn.ScriptFile.read(file);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Copies the file's current bytes into {@code work/history/NAME.TIMESTAMP.EXT}. */
    private static Path keep(Path file) throws IOException {
        Path history = file.toAbsolutePath().getParent().resolve("history");
        Files.createDirectories(history);
        String name = file.getFileName().toString(), stem = name.replaceFirst("\\.[^.]*$", ""), ext = name.substring(stem.length());
        Path copy = history.resolve(stem + "." + STAMP.format(LocalDateTime.now()) + ext);
        try {
            return Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            Files.deleteIfExists(copy);               // no half copy that looks like a version
            throw e;
        }
    }

    /** Temporary file beside the target, forced to disk, renamed over it. */
    private static void write(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) out.write(bytes);
                out.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The cause of a failed read or write in a few words: {@code No space left on device}, {@code permission denied}. */
    public static String reason(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof AccessDeniedException) return "permission denied";
        if (t instanceof NoSuchFileException n) return "no such file or folder: " + n.getFile();
        if (t instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
