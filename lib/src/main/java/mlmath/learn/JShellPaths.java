package mlmath.learn;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
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
     * module path: mlmath and the modules it requires, directly or through a descriptor (OpenBLAS's, JavaCPP's, DJL's
     * and EJML's jars). Everything else stays on the class path, where snippets see it as before (commons-math3, Gson)
     * and where the automatic modules read it: an automatic module on the module path makes javac resolve and index
     * every other one there, which cost each start ~0.2 s of CPU with all of them. A class path without mlmath's
     * descriptor stays as it is.
     */
    static List<String> split(List<String> classPath) {
        Map<String, ModuleDescriptor> modules = new HashMap<>();
        for (String entry : classPath) {
            try {
                ModuleDescriptor d = look(Path.of(entry));
                if (d != null) modules.put(entry, d);
            } catch (IOException | RuntimeException e) {
                // Unreadable, or not a module javac would take (DJL's native jar): the entry stays on the class path.
            }
        }
        if (modules.values().stream().noneMatch(d -> d.name().equals(MODULE))) {
            return List.of("--class-path", String.join(File.pathSeparator, classPath));
        }
        Set<String> needed = new HashSet<>(Set.of(MODULE));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (ModuleDescriptor d : modules.values()) {
                if (needed.contains(d.name())) for (ModuleDescriptor.Requires r : d.requires()) grew |= needed.add(r.name());
            }
        }
        List<String> modulePath = new ArrayList<>(), rest = new ArrayList<>();
        for (String entry : classPath) {
            ModuleDescriptor d = modules.get(entry);
            (d != null && needed.contains(d.name()) ? modulePath : rest).add(entry);
        }
        List<String> options = new ArrayList<>(List.of("--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", MODULE));
        if (!rest.isEmpty()) options.addAll(List.of("--class-path", String.join(File.pathSeparator, rest)));
        return List.copyOf(options);
    }

    /** A class path entry as javac would take it on the module path: its own descriptor, an automatic one, or null. */
    private static ModuleDescriptor look(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            Path info = entry.resolve("module-info.class");
            if (!Files.isRegularFile(info)) return null;
            try (InputStream in = Files.newInputStream(info)) {
                return ModuleDescriptor.read(in);
            }
        }
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) return null;
        // Opened for this JDK's release: a multi-release jar may keep its descriptor under META-INF/versions/9.
        try (JarFile jar = new JarFile(entry.toFile(), false, ZipFile.OPEN_READ, Runtime.version())) {
            JarEntry info = jar.getJarEntry("module-info.class");
            if (info != null) {
                try (InputStream in = jar.getInputStream(info)) {
                    return ModuleDescriptor.read(in);
                }
            }
            var manifest = jar.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
            // Throws for a name that is not one (DJL's native jars: "ai.djl.pytorch_native_cpu_linux-x86_64").
            if (name != null) return ModuleDescriptor.newAutomaticModule(name).build();
        }
        // Named after its file (EJML's jars): the JDK's rule, which reads the whole jar, for the few jars without a name.
        return ModuleFinder.of(entry).findAll().stream().findFirst().map(ModuleReference::descriptor).orElse(null);
    }
}
