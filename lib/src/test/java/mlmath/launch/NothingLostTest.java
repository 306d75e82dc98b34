package mlmath.launch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A correct exercise typed at the prompt of {@code ./run.sh exercise 03} survives every way a session can end: SIGKILL
 * (recovered from the journal by the next {@code check --work}), SIGTERM and SIGHUP (kept at once by the shutdown hook),
 * and two sessions that exit together (both kept). The sessions read a pipe, as JShell does when no terminal is there.
 */
class NothingLostTest {
    private static final String KL = "Tensor kl(Tensor p, Tensor q) { return p.mul(p.div(q).log()).sum(); }";
    private static final String GAUSSIAN_KL = "double gaussianKl(double mu1, double sigma1, double mu2, double sigma2)\n{\n"
            + "    return Math.log(sigma2 / sigma1) + (sigma1 * sigma1 + Math.pow(mu1 - mu2, 2)) / (2 * sigma2 * sigma2) - 0.5;\n}";
    private static Path root;

    @BeforeAll
    static void checkout() throws Exception { root = CheckoutCopy.shared(); }

    /** A session of {@code ./run.sh exercise 03} that has been sent {@code typed} and has journaled it. */
    private record Session(Process shim, Path log) {
        static Session typed(String name, String typed) throws Exception { return typed(name, typed, "exercise", "03"); }

        static Session typed(String name, String typed, String... verb) throws Exception {
            Path log = root.resolve(name + ".log");
            List<String> cmd = new java.util.ArrayList<>(List.of("bash", root.resolve("run.sh").toString()));
            cmd.addAll(List.of(verb));
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(Map.of("MLMATH_HEADLESS", "1", "LANG", "C.UTF-8"));
            Process shim = pb.start();
            OutputStream in = shim.getOutputStream();
            in.write((typed + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            String first = typed.lines().findFirst().orElseThrow();
            // The first session of a fresh copy prepares the start-up caches first (minutes on two busy cores).
            for (int i = 0; i < 3000 && !journaled(first); i++) Thread.sleep(200);
            assertTrue(journaled(first), "not journaled within 10 minutes:\n" + Files.readString(log));
            return new Session(shim, log);
        }

        /** The launcher's JVM (the shim's child). */
        ProcessHandle jvm() { return shim.descendants().filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().orElseThrow(); }

        String end() throws Exception {
            assertTrue(shim.waitFor(120, TimeUnit.SECONDS), "the session did not end");
            return Files.readString(log);
        }
    }

    private static boolean journaled(String line) throws IOException {
        Path journal = root.resolve("work/journal");
        if (!Files.isDirectory(journal)) return false;
        try (Stream<Path> files = Files.list(journal)) {
            for (Path f : files.toList()) if (Files.readString(f).contains(line.strip())) return true;
        }
        return false;
    }

    private static String work() throws IOException { return Files.readString(root.resolve("work/03-probability.jsh")); }

    private static String launcher(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", root.resolve("run.sh").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
        pb.environment().put("MLMATH_HEADLESS", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        return out;
    }

    /**
     * Whether a SIGHUP can reach the session's JVM: not when this process ignores it (run under nohup), since the
     * session inherits that and a JVM then leaves SIGHUP ignored, as nohup asks. Read from Linux's /proc.
     */
    private static boolean hangUpsReachJava() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) return true;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:") && (Long.parseLong(line.substring(7).strip(), 16) & 1) != 0) {
                System.err.println("NothingLostTest: SIGHUP is ignored here (nohup?), so only SIGTERM is sent");
                return false;
            }
        }
        return true;
    }

    private static void signal(ProcessHandle jvm, String name) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + name, String.valueOf(jvm.pid())).start().waitFor());
    }

    @Test
    void afterSigkill_theNextCheckRecoversTheSolutionFromTheJournal() throws Exception {
        Session s = Session.typed("kill9", KL);
        s.jvm().destroyForcibly();
        s.end();
        assertTrue(!work().contains("p.div(q).log()"), "nothing could keep it before the next verb");
        String out = launcher("check", "--work", "03");
        assertTrue(out.matches("(?s).*recovered your kl from the session that ended \\d\\d:\\d\\d in work/03-probability.jsh.*"), out);
        assertTrue(out.contains("kl ") && out.matches("(?s).*\\bkl\\s+\\S+ done.*"), out);
        assertTrue(work().contains(KL), work());
        assertTrue(launcher("check", "--work", "03").indexOf("recovered") < 0, "recovered once only");
    }

    @Test
    void sigtermAndSighup_keepTheSolutionAtOnce() throws Exception {
        for (String sig : hangUpsReachJava() ? List.of("TERM", "HUP") : List.of("TERM")) {
            Session s = Session.typed("sig" + sig, GAUSSIAN_KL.replace("0.5", sig.equals("TERM") ? "0.5" : "1.0 / 2"));
            signal(s.jvm(), sig);
            String out = s.end();
            assertTrue(out.contains("kept your gaussian_kl from the prompt in work/03-probability.jsh"), sig + ":\n" + out);
            assertTrue(work().contains(sig.equals("TERM") ? "- 0.5;" : "- 1.0 / 2;"), work());
        }
    }

    @Test
    void aLineTypedInASection_survivesAHangUp_filedInTheJournalFolder() throws Exception {
        String typed = "var typedBeforeTheHangUp = 42;";
        Session s = Session.typed("hupSection", typed, "03");
        signal(s.jvm(), hangUpsReachJava() ? "HUP" : "TERM");
        String out = s.end();
        assertTrue(out.contains("what you typed is kept in work/journal/03-probability."), out);
        try (Stream<Path> files = Files.list(root.resolve("work/journal"))) {
            List<Path> filed = files.filter(f -> !f.getFileName().toString().contains(".pid")).toList();
            assertTrue(filed.stream().anyMatch(f -> read(f).contains(typed)), "JShell saved no history, so the journal keeps it: " + filed);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void twoSessionsExitingTogether_bothKeepTheirSolution() throws Exception {
        Session a = Session.typed("twoA", KL.replace("sum()", "sum().mul(1)")), b = Session.typed("twoB", GAUSSIAN_KL.replace("- 0.5", "- 0.25 * 2"));
        a.shim().getOutputStream().write("/exit\n".getBytes(StandardCharsets.UTF_8));
        b.shim().getOutputStream().write("/exit\n".getBytes(StandardCharsets.UTF_8));
        a.shim().getOutputStream().flush();
        b.shim().getOutputStream().flush();
        String outA = a.end(), outB = b.end();
        assertTrue(outA.contains("kept your kl") && outB.contains("kept your gaussian_kl"), outA + "\n----\n" + outB);
        assertTrue(work().contains("sum().mul(1)") && work().contains("- 0.25 * 2"), work());
    }
}
