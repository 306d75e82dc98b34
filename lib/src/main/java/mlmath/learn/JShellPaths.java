package mlmath.learn;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;

/**
 * What JShell's compiler sees of this JVM's class path, at the prompt and in every headless JShell: the module
 * {@code mlmath} on the module path, so only the packages its descriptor exports resolve ({@code mlmath.tensor.internal}
 * is "not visible", and a tensor's backing array is out of reach), with the libraries it requires beside it. Every
 * other entry stays on the class path as before. The snippets still run against this JVM's class path, where the
 * same classes are loaded; the descriptor only shapes what compiles.
 */
public final class JShellPaths {
    private JShellPaths() {}

    /** The module JShell's compiler is given. */
    public static final String MODULE = "mlmath";

    /**
     * The options for {@code JShell.builder().compilerOptions} and for the JShell tool's command line (the same),
     * worked out once per JVM: ~50 ms on a cold JVM, which the prompt overlaps with its other start-up work.
     */
    public static List<String> options() {
        return Split.OPTIONS;
    }

    /** Holds the options apart, so that asking for {@link #classPath()} does not wait for them. */
    private static final class Split {
        static final List<String> OPTIONS = split(classPath());
    }

    /** The JVM's class path with the jars named in a jar's manifest (Class-Path) spelled out, for JShell's compiler. */
    public static List<String> classPath() {
        List<String> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.isEmpty()) continue;
            out.add(entry);
            Path p = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(p)) continue;
            try (var jar = new JarFile(p.toFile())) {
                var manifest = jar.getManifest();
                String cp = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                if (cp == null) continue;
                for (String rel : cp.trim().split("\\s+")) {
                    // The JVM skips a jar the manifest names but that is not there (libtorch's, in a test); JShell would refuse it.
                    Path dep = p.toAbsolutePath().getParent().resolve(rel).normalize();
                    if (Files.exists(dep)) out.add(dep.toString());
                }
            } catch (IOException e) {
                // An unreadable jar is the JVM's to report; the class path stays as given.
            }
        }
        return out;
    }

    /**
     * Splits {@code classPath} into {@code --module-path}, {@code --add-modules mlmath} and {@code --class-path}. On the
     * module path: mlmath, the modules with a descriptor that it requires (OpenBLAS's, JavaCPP's) and every jar without
     * one (an automatic module: javac resolves them all with the first, so commons-math3 and DJL resolve at the prompt
     * as before). On the class path: modules mlmath does not require (Gson, SLF4J, a platform jar), folders without a
     * descriptor, and a jar whose declared module name is not one (DJL's native libtorch jar), which javac would
     * refuse. A class path without mlmath's descriptor stays as it is.
     */
    static List<String> split(List<String> classPath) {
        Map<String, ModuleDescriptor> declared = new HashMap<>();
        Set<String> automatic = new HashSet<>();
        for (String entry : classPath) {
            try {
                Seen seen = look(Path.of(entry));
                if (seen.declared() != null) declared.put(entry, seen.declared());
                if (seen.automatic()) automatic.add(entry);
            } catch (IOException | RuntimeException e) {
                // Unreadable, or a descriptor javac would refuse too: the entry stays on the class path.
            }
        }
        if (declared.values().stream().noneMatch(d -> d.name().equals(MODULE))) {
            return List.of("--class-path", String.join(File.pathSeparator, classPath));
        }
        Set<String> needed = new HashSet<>(Set.of(MODULE));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (ModuleDescriptor d : declared.values()) {
                if (needed.contains(d.name())) for (ModuleDescriptor.Requires r : d.requires()) grew |= needed.add(r.name());
            }
        }
        List<String> modulePath = new ArrayList<>(), rest = new ArrayList<>();
        for (String entry : classPath) {
            ModuleDescriptor d = declared.get(entry);
            (automatic.contains(entry) || d != null && needed.contains(d.name()) ? modulePath : rest).add(entry);
        }
        List<String> options = new ArrayList<>(List.of("--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", MODULE));
        if (!rest.isEmpty()) options.addAll(List.of("--class-path", String.join(File.pathSeparator, rest)));
        return List.copyOf(options);
    }

    /** What a class path entry is as a module: its descriptor, or whether javac would take it as an automatic module. */
    private record Seen(ModuleDescriptor declared, boolean automatic) {}

    private static Seen look(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            Path info = entry.resolve("module-info.class");
            if (!Files.isRegularFile(info)) return new Seen(null, false);
            try (InputStream in = Files.newInputStream(info)) {
                return new Seen(ModuleDescriptor.read(in), false);
            }
        }
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) return new Seen(null, false);
        // Opened for this JDK's release: a multi-release jar may keep its descriptor under META-INF/versions/9.
        try (JarFile jar = new JarFile(entry.toFile(), false, ZipFile.OPEN_READ, Runtime.version())) {
            JarEntry info = jar.getJarEntry("module-info.class");
            if (info != null) {
                try (InputStream in = jar.getInputStream(info)) {
                    return new Seen(ModuleDescriptor.read(in), false);
                }
            }
            var manifest = jar.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
            if (name == null) return new Seen(null, true);   // javac names it after the file
            try {
                ModuleDescriptor.newAutomaticModule(name);
                return new Seen(null, true);
            } catch (IllegalArgumentException e) {
                return new Seen(null, false);   // DJL's native jars: "ai.djl.pytorch_native_cpu_linux-x86_64"
            }
        }
    }
}
