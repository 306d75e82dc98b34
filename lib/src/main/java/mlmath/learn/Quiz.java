package mlmath.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The module's five checkpoint questions as a self-test: numbers and shapes are checked exactly, the prose answers
 * are compared with a model answer (and the code in 07 that proves it) and graded by the learner.
 */
public final class Quiz {
    private Quiz() {}

    /** A question, what is asked to type, how a typed answer is checked (null: self-graded), and the model answer. */
    record Question(String text, String ask, Predicate<String> check, String model) {}

    private static String compact(String s) { return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_,]", ""); }

    /** Between two sizes of a shape as people write it: 3x4, 3,4, (3, 4), 3 × 4, 3*4, 3 by 4 or 3 4. */
    private static final String SIZE_SEPARATOR = "\\s*(?:,|x|X|×|\\*|by)\\s*|\\s+";

    /** The sizes of a shape written any of those ways ({@code [3, 4]} for each), or an empty list for anything else. */
    static List<Long> shape(String answer) {
        String s = answer.strip().replaceAll("^[(\\[]\\s*|\\s*,?\\s*[)\\]]$", "");
        if (!s.matches("\\d{1,18}((" + SIZE_SEPARATOR + ")\\d{1,18})*")) return List.of();
        return java.util.Arrays.stream(s.split(SIZE_SEPARATOR)).map(Long::parseLong).toList();
    }

    static final List<Question> QUESTIONS = List.of(
            new Question("Why is cross-entropy loss the same thing as maximum likelihood for a classifier?",
                    "Your two lines of algebra (then Enter):", null,
                    "The likelihood of the labels is Π_i p(y_i | x_i). Taking -(1/n) log of it gives -(1/n) Σ_i log p(y_i | x_i), "
                            + "which is the cross-entropy; the log is monotone, so minimising one maximises the other. (07, Q1)"),
            new Question("What does (32, 64) + (64,) do mechanically, and when does broadcasting fail?",
                    "The result's shape:", a -> shape(a).equals(List.of(32L, 64L)),
                    "Shapes line up from the right: (64,) is treated as (1, 64) and reused for each of the 32 rows, with no copy. "
                            + "It fails when two aligned sizes differ and neither is 1, e.g. (32, 64) + (63,). (07, Q2)"),
            new Question("A 1000x1000 matrix approximated with a rank-20 SVD (keeping U, S and Vt): how many parameters are saved?",
                    "The number saved:", a -> compact(a).matches("959980|960000"),
                    "1,000,000 - (1000·20 + 20 + 20·1000) = 959,980 (960,000 if S is folded into U). The error is the energy of the "
                            + "dropped singular values, √(Σ_{i>20} σ_i²): large for a random matrix, tiny for one with rank-20 structure. (07, Q3)"),
            new Question("loss = (W @ x - y).pow(2).sum() with W of shape (3, 4): what is the shape of dL/dW?",
                    "The shape:", a -> shape(a).equals(List.of(3L, 4L)),
                    "dL/dW = 2 (W x - y) xᵀ, an outer product of shape (3, 4): the shape of W, as every gradient of a scalar is. (07, Q4)"),
            new Question("AdamW's four hyperparameters: name them.",
                    "Their names:", a -> {
                        String s = a.toLowerCase(Locale.ROOT);
                        return (s.contains("lr") || s.contains("learning rate")) && (s.contains("beta") || s.contains("β"))
                                && (s.contains("eps") || s.contains("epsilon")) && (s.contains("weight decay") || s.contains("weight_decay") || s.contains("wd"));
                    },
                    "lr (the step size), betas (how long the averages of g and g² remember), eps (guards the division by √v), "
                            + "weight_decay (pulls weights toward 0 by lr·λ·θ each step, apart from the gradient). (07, Q5)"));

    /**
     * Asks every question on {@code in}/{@code out} and returns the score; records it in {@code record} only when every
     * question was answered (a quiz cut short is no score out of five, and must not hide an earlier one), else returns -1.
     */
    public static int run(BufferedReader in, PrintStream out, Path record) throws IOException {
        int right = 0, answered = 0;
        boolean anyRead = false;
        for (int i = 0; i < QUESTIONS.size(); i++) {
            Question q = QUESTIONS.get(i);
            out.println();
            out.println(Columns.paragraph("Q" + (i + 1) + ". " + q.text()));
            out.print(q.ask() + " ");
            out.flush();
            String answer = in.readLine();
            if (answer == null) break;
            anyRead = true;
            boolean ok;
            if (q.check() != null) {
                ok = q.check().test(answer);
                out.println(ok ? mark(true) + " right" : mark(false) + " not quite");
                out.println(Columns.paragraph(q.model()));
            } else {
                out.println(Columns.paragraph(q.model()));
                out.print("Did yours say that? [y/n] ");
                out.flush();
                String self = in.readLine();
                if (self == null) break;   // the self-grade is this question's answer
                ok = self.strip().toLowerCase(Locale.ROOT).startsWith("y");
            }
            answered++;
            if (ok) right++;
        }
        out.println();
        if (!anyRead) {
            out.println("quiz: no answers could be read here; try ./run.sh quiz in a terminal");
            return -1;
        }
        if (answered < QUESTIONS.size()) {
            out.println("quiz: not recorded: the quiz ended before its last question");
            return -1;
        }
        out.println("quiz: " + right + "/" + QUESTIONS.size() + (right == QUESTIONS.size() ? " — on to 08." : " — reread the sections of the ones that wobbled."));
        record(record, right, out);
        return right;
    }

    /**
     * The quiz at the prompt, where a snippet cannot read the terminal: {@code quiz()} asks a question and
     * {@code answer("...")} answers it (for a question you grade yourself, {@code answer("y")} or {@code answer("n")}
     * after the model answer), then the next question is asked.
     */
    public static final class AtThePrompt {
        private final Path record;
        private final PrintStream out;
        private int index = -1, right;
        private boolean awaitingSelfGrade;

        public AtThePrompt(Path record, PrintStream out) {
            this.record = record;
            this.out = out;
        }

        /** Starts over at question 1. */
        public void start() {
            index = 0;
            right = 0;
            awaitingSelfGrade = false;
            ask();
        }

        private void ask() {
            Question q = QUESTIONS.get(index);
            out.println(Columns.paragraph("Q" + (index + 1) + ". " + q.text()));
            out.println(q.ask() + " answer(\"...\")");
        }

        public void answer(String text) {
            if (index < 0) {
                out.println("no question asked yet: quiz() starts the quiz");
                return;
            }
            Question q = QUESTIONS.get(index);
            String a = text == null ? "" : text;
            if (awaitingSelfGrade) {
                if (a.strip().toLowerCase(Locale.ROOT).startsWith("y")) right++;
                awaitingSelfGrade = false;
            } else if (q.check() == null) {
                out.println(Columns.paragraph(q.model()));
                out.println("Did yours say that? answer(\"y\") or answer(\"n\")");
                awaitingSelfGrade = true;
                return;
            } else {
                boolean ok = q.check().test(a);
                if (ok) right++;
                out.println(ok ? mark(true) + " right" : mark(false) + " not quite");
                out.println(Columns.paragraph(q.model()));
            }
            index++;
            if (index < QUESTIONS.size()) {
                out.println();
                ask();
                return;
            }
            index = -1;
            out.println("quiz: " + right + "/" + QUESTIONS.size() + (right == QUESTIONS.size() ? " — on to 08." : " — reread the sections of the ones that wobbled."));
            record(record, right, out);
        }
    }

    /** Adds a finished quiz's line to the record, as every learner's file is changed ({@link SafeWrite}). */
    private static void record(Path record, int right, PrintStream out) {
        try {
            SafeWrite.update(record, text -> text + LocalDate.now() + " quiz " + right + "/" + QUESTIONS.size() + "\n");
        } catch (IOException | RuntimeException e) {
            out.println("could not record the score in " + record + ": " + SafeWrite.reason(e));
        }
    }

    /** A recorded line: {@code 2026-11-30 quiz 4/5}. */
    private static final java.util.regex.Pattern RECORDED = java.util.regex.Pattern.compile("(\\S+) quiz (\\d{1,3})/(\\d{1,3})");

    /**
     * The latest recorded score with the best when it was higher, e.g. {@code quiz 3/5 (2026-11-30; best 5/5)}, or null
     * if the quiz was never taken. Only whole quizzes are recorded; a line that is not a record (a damaged file) is skipped.
     */
    public static String latest(Path record) {
        if (!Files.exists(record)) return null;
        String text;
        try {
            // Decoded leniently: a damaged byte spoils its line, not the whole record.
            text = new String(Files.readAllBytes(record), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "quiz record unreadable (" + record.getFileName() + ")";
        }
        String date = null;
        int latest = -1, best = -1, total = QUESTIONS.size();
        for (String l : text.lines().toList()) {
            java.util.regex.Matcher m = RECORDED.matcher(l.strip());
            if (!m.matches() || Integer.parseInt(m.group(3)) != total || Integer.parseInt(m.group(2)) > total) continue;
            latest = Integer.parseInt(m.group(2));
            best = Math.max(best, latest);
            date = m.group(1);
        }
        if (date == null) return null;
        return "quiz " + latest + "/" + total + " (" + date + (best > latest ? "; best " + best + "/" + total : "") + ")";
    }

    private static String mark(boolean ok) { return mlmath.verify.Verifier.mark(ok); }
}
