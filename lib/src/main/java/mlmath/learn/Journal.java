package mlmath.learn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a learner types at a prompt, kept on disk as it is typed: {@code work/journal/NN-name.pid1234.jsh}, one entry
 * per snippet JShell accepted, each written and forced to disk before the next prompt. A session that ends cleanly
 * keeps what passes into the work file and removes its journal (or files it under a timestamp when something typed was
 * not kept); a journal whose process is gone is one a session left when it was killed, and the next exercise verb
 * recovers it. The file is itself a script: {@code /open} replays it.
 */
public final class Journal {
    private static final Pattern ENTRY = Pattern.compile("(?m)^// typed at (\\S+)\\n");
    private static final Pattern LIVE = Pattern.compile("(.+)\\.pid(\\d+)\\.jsh");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private boolean failed;

    private Journal(Path file) { this.file = file; }

    /** The folder of a work folder's journals. */
    public static Path folder(Path work) { return work.resolve("journal"); }

    /** A new journal of this process for a section ({@code 03-probability}); nothing is written until a snippet is. */
    public static Journal start(Path work, String section) {
        return new Journal(folder(work).resolve(section + ".pid" + ProcessHandle.current().pid() + ".jsh"));
    }

    /** The journal's file. */
    public Path file() { return file; }

    /**
     * Appends one snippet and forces it to disk. A journal that cannot be written says so once (the session goes on;
     * JShell's own history still has the snippet).
     */
    public synchronized void append(String source) {
        String entry = "// typed at " + Instant.now() + "\n" + source.strip() + "\n";
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer bytes = ByteBuffer.wrap(entry.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) out.write(bytes);
                out.force(true);
            }
        } catch (IOException | RuntimeException e) {
            if (!failed) System.err.println("mlmath: cannot keep a journal of what you type in " + file.getParent() + " ("
                    + SafeWrite.reason(e) + "); /save FILE keeps it by hand");
            failed = true;
        }
    }

    /** The snippets written so far, oldest first. */
    public List<String> entries() { return entries(file); }

    /** The snippets of a journal file, oldest first (none if it is missing or unreadable). */
    static List<String> entries(Path file) {
        String text;
        try {
            text = Files.exists(file) ? mlmath.learn.ScriptFile.read(file) : "";
        } catch (RuntimeException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = ENTRY.matcher(text);
        int start = -1;
        while (m.find()) {
            if (start >= 0) out.add(text.substring(start, m.start()).strip());
            start = m.end();
        }
        if (start >= 0) out.add(text.substring(start).strip());
        return out;
    }

    /** Removes the journal: everything in it is in the work file, or was never an exercise. */
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A journal left behind is recovered next time, which keeps nothing twice.
        }
    }

    /** Files the journal under the time it ended ({@code NN-name.20261207-231400.jsh}) and returns where; empty if there is none. */
    public Optional<Path> archive() { return archive(file); }

    private static Optional<Path> archive(Path file) {
        if (!Files.exists(file)) return Optional.empty();
        try {
            Matcher m = LIVE.matcher(file.getFileName().toString());
            String section = m.matches() ? m.group(1) : file.getFileName().toString();
            Path to = file.resolveSibling(section + "." + STAMP.format(ended(file)) + ".jsh");
            for (int i = 2; Files.exists(to); i++) to = file.resolveSibling(section + "." + STAMP.format(ended(file)) + "-" + i + ".jsh");
            return Optional.of(Files.move(file, to));
        } catch (IOException e) {
            return Optional.of(file);
        }
    }

    /** When a journal was last written: the end of its session. */
    public static LocalDateTime ended(Path file) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return LocalDateTime.now();
        }
    }

    /** A journal left by a session that did not end cleanly: its section, its file, and what was typed. */
    public record Left(String section, Path file, List<String> entries) {
        /** Files it under its end time: something in it could not be kept. */
        public Optional<Path> archive() { return Journal.archive(file); }

        /** Removes it: everything it held that an exercise needs is in the work file. */
        public void delete() { new Journal(file).delete(); }
    }

    /** The journals under {@code work} whose session's process is no longer running, oldest first. */
    public static List<Left> left(Path work) {
        Path folder = folder(work);
        if (!Files.isDirectory(folder)) return List.of();
        List<Left> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted((a, b) -> ended(a).compareTo(ended(b))).toList()) {
                Matcher m = LIVE.matcher(f.getFileName().toString());
                if (!m.matches() || ProcessHandle.of(Long.parseLong(m.group(2))).map(ProcessHandle::isAlive).orElse(false)) continue;
                out.add(new Left(m.group(1), f, entries(f)));
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }
}
