package mlmath.launch;

import mlmath.internal.TempFolder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What makes a start fast, kept under lib/target/launch and named by content: an archive of a primed session's classes,
 * which the shims pass to the JVM, and a fast copy of each section ({@link FastCopy}). On JDK 25 and later the archive
 * is an ahead-of-time cache ({@code start-25.aot}, JEP 483/514/515: classes loaded and linked, method profiles), before
 * it a dynamic class-data-sharing archive ({@code start-17.jsa}). The archive is trained in a child JVM: on JDK 25+ a
 * session started as the learner starts it (JShell's tool, compiler and console on a section's copy, to its prompt),
 * before it the start that prepares the sections' copies. The archive's key is the JDK, the class path and the jar's bytes; a copy's key is its script,
 * startup.jsh and the jar's bytes. So a moved checkout, a new JDK, a rebuilt jar or an edited section prepares them
 * again, instead of the JVM quietly refusing a stale archive or a section loading slowly for good.
 */
final class StartCache {
    private StartCache() {}

    /** The system property of a training session: it starts as the learner's would, but prepares nothing itself. */
    private static final String TRAINING = "mlmath.training";

    /** The first feature release whose ahead-of-time cache (JEP 483, with JEP 515's profiles) the launcher builds. */
    static final int AOT_CACHE_SINCE = 25;

    /** Whether the launcher builds an ahead-of-time cache for this feature release (else a dynamic CDS archive). */
    static boolean usesAotCache(int feature) { return feature >= AOT_CACHE_SINCE; }

    /**
     * The archive's file name for a feature release, which the shims look for: {@code start-25.aot} they pass with
     * -XX:AOTCache, {@code start-17.jsa} with -XX:SharedArchiveFile.
     */
    static String archiveName(int feature) { return "start-" + feature + (usesAotCache(feature) ? ".aot" : ".jsa"); }

    /** The archive the shim passes to this JDK. */
    static Path archive(Workspace ws) { return ws.caches().resolve(archiveName(Runtime.version().feature())); }

    private static Path archiveKeyFile(Workspace ws) {
        return ws.caches().resolve("start-" + Runtime.version().feature() + ".key");
    }

    /** A short digest of the helper jar's bytes ("" when it is not built). */
    static String jarDigest(Workspace ws) {
        try {
            return Files.isRegularFile(ws.jar()) ? digest(Files.readAllBytes(ws.jar())) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The JDK build, its home, the class path, the jar's digest and the other jars' sizes and times. */
    static String archiveKey(String jarDigest) {
        StringBuilder in = new StringBuilder(Runtime.version().toString()).append('\n')
                .append(System.getProperty("java.home")).append('\n').append(jarDigest).append('\n');
        for (String entry : mlmath.learn.JShellPaths.classPath()) {
            Path p = Path.of(entry).toAbsolutePath();
            in.append(p);
            try {
                if (Files.isRegularFile(p)) in.append(' ').append(Files.size(p)).append(' ').append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                in.append(" unreadable");
            }
            in.append('\n');
        }
        return digest(in.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String digest(byte[] bytes) {
        // CRC-32 and CRC-32C side by side: 64 bits, enough to name a cache, and native (MessageDigest's SHA-256 took
        // 18 ms of every start on a cold JVM, for the jar alone).
        java.util.zip.Checksum crc = new java.util.zip.CRC32(), crcC = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length);
        crcC.update(bytes, 0, bytes.length);
        return HexFormat.of().toHexDigits((int) crc.getValue()) + HexFormat.of().toHexDigits((int) crcC.getValue());
    }

    /**
     * Whether the archive was built for this key and is the file that was built: the key file also records its size
     * and a digest of its bytes, so an archive cut short or overwritten is rebuilt (the JVM maps it before any of this
     * runs: a damaged one it ignores silently, or dies of, which the shims catch and retry without it).
     */
    private static boolean archiveIsFresh(Workspace ws, String key) {
        try {
            if (!Files.isRegularFile(archive(ws))) return false;
            if (Files.readString(archiveKeyFile(ws)).strip().equals(key + " " + fingerprint(archive(ws)))) return true;
            Files.deleteIfExists(archive(ws));     // damaged or stale: the shims must not hand it to the next JVM
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** The archive's size and a digest of its bytes (~10 ms for its ~30 MB, native CRCs over the page cache). */
    private static String fingerprint(Path archive) throws IOException {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        long size = 0;
        try (var in = java.nio.channels.FileChannel.open(archive)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocateDirect(1 << 20);
            for (int n; (n = in.read(buffer)) > 0; buffer.clear()) {
                crc.update(buffer.flip());
                size += n;
            }
        }
        return size + ":" + HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /** Whether this JVM runs the helper jar the way the shims start it: only then is the archive for this class path. */
    private static boolean startedByShim(Workspace ws) {
        return Path.of(System.getProperty("java.class.path")).toAbsolutePath().normalize().equals(ws.jar().toAbsolutePath().normalize());
    }

    /**
     * Prepares what is missing or stale before a session starts: the archive (then every section's copy with it, in a
     * child JVM with this JVM's options; then the archive's training start, {@link #trainingOptions}), or the copies of the sections this
     * session opens that changed. One launcher of a checkout prepares at a time ({@link #alone}): another one starting
     * meanwhile starts without what is being prepared. Progress goes to stderr; a failure only costs speed, so it is one
     * line and the session goes on.
     */
    static void ensure(Workspace ws, String jarDigest, List<Path> opening) {
        if (!startedByShim(ws) || Boolean.getBoolean(TRAINING)) return;
        if (archiveIsFresh(ws, archiveKey(jarDigest)) && stale(ws, jarDigest, opening, false).isEmpty()) return;
        try {
            if (!alone(ws, () -> prepare(ws, jarDigest, opening))) {
                System.err.println("Another launcher is preparing the faster start; starting without it.");
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("Could not prepare the faster start (" + cause(ws, e instanceof IOException io ? mlmath.learn.SafeWrite.reason(io)
                    : "interrupted") + "); starting without it.");
        }
    }

    /** The sections whose copies are missing or stale: all of them when the archive is rebuilt, else those opening. */
    private static List<Path> stale(Workspace ws, String jarDigest, List<Path> opening, boolean archive) {
        return archive ? ws.sections() : opening.stream().filter(s -> !FastCopy.isCurrent(ws, s, jarDigest)).toList();
    }

    /** Preparation that runs child JVMs and writes files. */
    interface Preparation {
        void run() throws IOException, InterruptedException;
    }

    /**
     * Runs {@code preparation} holding the checkout's preparation lock (an OS file lock on {@code prepare.lock}, so a
     * launcher killed meanwhile releases it); false, without running it, when another launcher or thread holds it.
     */
    static boolean alone(Workspace ws, Preparation preparation) throws IOException, InterruptedException {
        Files.createDirectories(ws.caches());
        try (var lock = java.nio.channels.FileChannel.open(ws.caches().resolve("prepare.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            try {
                if (lock.tryLock() == null) return false;
            } catch (java.nio.channels.OverlappingFileLockException e) {
                return false;   // a thread of this JVM holds it
            }
            preparation.run();   // closing the channel releases the lock
            return true;
        }
    }

    /** What {@link #ensure} does once it holds the lock: what another launcher prepared meanwhile is not done again. */
    private static void prepare(Workspace ws, String jarDigest, List<Path> opening) throws IOException, InterruptedException {
        String key = archiveKey(jarDigest);
        boolean archive = !archiveIsFresh(ws, key);
        List<Path> stale = stale(ws, jarDigest, opening, archive);
        if (!archive && stale.isEmpty()) return;
        System.err.println(archive ? "Preparing a faster start (once per build, ~30 s; longer on a first run)..."
                : "Preparing a faster start for " + String.join(", ", stale.stream().map(Workspace::name).toList()) + "...");
        long start = System.nanoTime();
        try (TempFolder plots = TempFolder.create("mlmath-prepare")) {
            removeParts(ws);
            Path part = FastCopy.part(archive(ws));
            boolean aot = usesAotCache(Runtime.version().feature());
            List<String> jvm = new ArrayList<>();
            jvm.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            jvm.addAll(inherited(ManagementFactory.getRuntimeMXBean().getInputArguments()));
            List<String> headless = List.of("-Dmlmath.headless=true", "-Dmlmath.plots=" + plots.path(),
                    "-cp", System.getProperty("java.class.path"), Launcher.class.getName());
            List<String> cmd = new ArrayList<>(jvm);
            if (archive && !aot) cmd.addAll(trainingOptions(Runtime.version().feature(), part));
            cmd.addAll(headless);
            cmd.add("prepare");
            stale.forEach(s -> cmd.add(Workspace.name(s)));
            int exit = run(ws, cmd, ProcessBuilder.Redirect.INHERIT, "");
            String failed = exit == 0 ? null : "exit " + exit;
            // JEP 515's profiles pay off when they are those of the start they are used by: the ahead-of-time cache is
            // trained by a session that opens the section this one opens (or none) and exits at its prompt. Its output
            // is the section's, which the learner sees in a moment.
            if (failed == null && archive && aot) {
                List<String> session = new ArrayList<>(jvm);
                session.addAll(trainingOptions(Runtime.version().feature(), part));
                session.add("-D" + TRAINING + "=true");
                session.addAll(headless);
                opening.stream().findFirst().map(Workspace::name).ifPresent(session::add);
                exit = run(ws, session, ProcessBuilder.Redirect.DISCARD, "/exit\n");
                failed = exit != 0 ? "the training start: exit " + exit
                        : !Files.isRegularFile(configuration(part)) ? "the training start recorded nothing" : null;
            }
            // An ahead-of-time cache is assembled from what the training start recorded, in a JVM of its own (quiet:
            // it reports its progress on stdout), with the options and class path the cache is used with.
            if (failed == null && archive && aot) {
                List<String> create = new ArrayList<>(jvm);
                create.addAll(creationOptions(part));
                create.addAll(List.of("-cp", System.getProperty("java.class.path")));
                exit = run(ws, create, ProcessBuilder.Redirect.DISCARD, "");
                failed = exit != 0 ? "assembling the cache: exit " + exit : null;
            }
            if (failed == null && archive && !Files.isRegularFile(part)) failed = "no archive was written";
            if (failed != null) {
                removeParts(ws);
                System.err.println("Could not prepare the faster start (" + cause(ws, failed) + "); starting without it.");
                return;
            }
            if (archive) {
                // The key first: a launcher checking meanwhile finds the old archive stale, never the new one.
                Files.writeString(archiveKeyFile(ws), key + " " + fingerprint(part) + "\n");
                Files.move(part, archive(ws), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                // The dynamic archive an older launcher made for this JDK is never used again.
                if (aot) Files.deleteIfExists(ws.caches().resolve("start-" + Runtime.version().feature() + ".jsa"));
            }
            removeParts(ws);
            System.err.printf(Locale.ROOT, "Prepared in %.0f s.%n", (System.nanoTime() - start) / 1e9);
        }
    }

    /** Removes what archives in the making left behind (this launcher's, and those of launchers killed before they ended). */
    private static void removeParts(Workspace ws) throws IOException {
        String prefix = archive(ws).getFileName() + ".";
        try (var files = Files.list(ws.caches())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && (f.toString().endsWith(".part") || f.toString().endsWith(".part.conf"))).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /**
     * This JVM's options that a training start keeps: all but the archive it was started on and the logging about
     * archives, which the training start sets itself (an archive is trained on the JDK's own, never on another one).
     */
    static List<String> inherited(List<String> options) {
        return options.stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile") && !o.startsWith("-XX:AOTCache")
                && !o.startsWith("-Xlog:cds") && !o.startsWith("-Xlog:aot")).toList();
    }

    /**
     * What a training start adds to write the archive {@code part} for a feature release: on JDK 25+ the first step
     * of an ahead-of-time cache (JEP 483: record what the start loads, links and profiles into a configuration file
     * next to {@code part}), before it a dynamic archive dumped at exit. Neither logs anything.
     */
    static List<String> trainingOptions(int feature, Path part) {
        return usesAotCache(feature)
                ? List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration(part), "-Xlog:aot=off", "-Xlog:cds=off")
                : List.of("-XX:ArchiveClassesAtExit=" + part, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** The second step of an ahead-of-time cache: assembling {@code part} from the training start's configuration. */
    static List<String> creationOptions(Path part) {
        return List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration(part), "-XX:AOTCache=" + part,
                "-Xlog:aot=off", "-Xlog:cds=off");
    }

    /** The configuration file a training start of an ahead-of-time cache records, next to the cache being made. */
    private static Path configuration(Path part) { return part.resolveSibling(part.getFileName() + ".conf"); }

    /** Runs a child JVM in the checkout with {@code input} typed, its output discarded, its errors to {@code errors}; its exit status. */
    private static int run(Workspace ws, List<String> cmd, ProcessBuilder.Redirect errors, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(ws.root().toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors).start();
        try (var in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) p.destroyForcibly().waitFor();
        return p.exitValue();
    }

    /** Why preparing failed, as far as the folder can tell: a full or read-only disk shows when a megabyte is written. */
    private static String cause(Workspace ws, String otherwise) {
        Path probe = ws.caches().resolve(".probe");
        try (var out = java.nio.channels.FileChannel.open(probe, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.allocate(1 << 20));
            out.force(true);
            return otherwise;
        } catch (IOException e) {
            return mlmath.learn.SafeWrite.reason(e);
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // The probe is removed at the next failure.
            }
        }
    }
}
