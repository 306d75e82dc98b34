package mlmath.learn;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizTest {
    private static int take(String answers, Path record, ByteArrayOutputStream buf) throws Exception {
        return Quiz.run(new BufferedReader(new StringReader(answers)), new PrintStream(buf, true, StandardCharsets.UTF_8), record);
    }

    @Test
    void shapes_areReadHoweverTheyAreWritten() {
        for (String written : java.util.List.of("3x4", "3,4", "(3, 4)", "3 × 4", "[3, 4]", "3 by 4", "3 4", " (3, 4,) ", "3X4", "3*4")) {
            assertEquals(java.util.List.of(3L, 4L), Quiz.shape(written), written);
        }
        for (String wrong : java.util.List.of("34", "3x", "x4", "three by four", "3x4x")) {
            assertNotEquals(java.util.List.of(3L, 4L), Quiz.shape(wrong), wrong);
        }
        assertEquals(java.util.List.of(1000L, 1000L), Quiz.shape("1000x1000"));
    }

    @Test
    void rightAnswers_scoreFive_wrongOnesDoNot_andTheScoreIsRecorded() throws Exception {
        Path record = Files.createTempDirectory("quiz").resolve("work/quiz.txt");
        assertNull(Quiz.latest(record));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int right = take("-log prod p = sum -log p\ny\n(32, 64)\n959,980\n(3, 4)\nlr, betas, eps, weight_decay\n", record, buf);
        String shown = buf.toString(StandardCharsets.UTF_8);
        assertEquals(5, right, shown);
        assertTrue(shown.contains("Q3. A 1000x1000 matrix"), shown);
        assertTrue(shown.contains("quiz: 5/5"), shown);
        assertTrue(Quiz.latest(record).startsWith("quiz 5/5 ("), Quiz.latest(record));
        int wrong = take("no idea\nn\n(64,)\n40020\n(4,)\nlr and momentum\n", record, new ByteArrayOutputStream());
        assertEquals(0, wrong);
        assertTrue(Quiz.latest(record).startsWith("quiz 0/5 ("), "the latest attempt counts");
    }

    @Test
    void everyLineTheQuizPrints_fitsTheTerminal() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        // As in a terminal: each answer shows after its question's prompt, and Enter ends the line.
        BufferedReader typed = new BufferedReader(new StringReader("-log prod p = sum -log p\ny\n(32, 64)\n959,980\n(3, 4)\nlr, betas\n")) {
            @Override public String readLine() throws java.io.IOException {
                String line = super.readLine();
                if (line != null) out.println(line);
                return line;
            }
        };
        Quiz.run(typed, out, Files.createTempDirectory("quiz").resolve("quiz.txt"));
        String shown = buf.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("quiz: "), shown);
        for (String line : shown.split("\n")) {
            assertTrue(line.codePointCount(0, line.length()) <= Columns.width(), "wider than the terminal: " + line);
        }
    }

    @Test
    void atThePrompt_eachAnswerIsACall_andTheLastRecordsTheScore() throws Exception {
        Path record = Files.createTempDirectory("quiz").resolve("quiz.txt");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Quiz.AtThePrompt q = new Quiz.AtThePrompt(record, new PrintStream(buf, true, StandardCharsets.UTF_8));
        q.answer("too early");
        q.start();
        for (String a : new String[] {"my algebra", "y", "(32, 64)", "959980", "(4,)", "lr betas eps weight decay"}) q.answer(a);
        String shown = buf.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("no question asked yet: quiz() starts the quiz\nQ1. "), shown);
        assertTrue(shown.contains("Did yours say that? answer(\"y\") or answer(\"n\")"), shown);
        assertTrue(shown.contains("quiz: 4/5"), shown);
        assertTrue(Quiz.latest(record).startsWith("quiz 4/5"), Quiz.latest(record));
    }

    private static final String ALL_RIGHT = "-log prod p = sum -log p\ny\n(32, 64)\n959,980\n(3, 4)\nlr, betas, eps, weight_decay\n";

    @Test
    void aQuizCutShort_isNotRecorded_andDoesNotHideTheEarlierScore() throws Exception {
        Path record = Files.createTempDirectory("quiz").resolve("work/quiz.txt");
        assertEquals(5, take(ALL_RIGHT, record, new ByteArrayOutputStream()));
        String before = Files.readString(record);
        // Q1 answered, then the input ends before its self-grade: printf 'y\n' | ./run.sh quiz
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        assertEquals(-1, take("y\n", record, buf));
        String shown = buf.toString(StandardCharsets.UTF_8);
        assertTrue(shown.endsWith("\nquiz: not recorded: the quiz ended before its last question\n"), shown);
        assertFalse(shown.contains("Q2."), "nothing more is asked once the input has ended:\n" + shown);
        // Four of five answered.
        assertEquals(-1, take("a\ny\n(32, 64)\n959980\n(3, 4)\n", record, new ByteArrayOutputStream()));
        assertEquals(before, Files.readString(record));
        assertTrue(Quiz.latest(record).startsWith("quiz 5/5 ("), Quiz.latest(record));
    }

    @Test
    void noInputAtAll_isNotRecordedEither() throws Exception {
        Path record = Files.createTempDirectory("quiz").resolve("quiz.txt");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        assertEquals(-1, take("", record, buf));
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("quiz: no answers could be read here"), buf.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(record));
    }

    @Test
    void latest_showsTheBestWhenItWasHigher_andSkipsDamagedLines() throws Exception {
        Path record = Files.createTempDirectory("quiz").resolve("quiz.txt");
        Files.write(record, ("2026-01-01 quiz 5/5\n\u0000\u00ff garbage\n2026-01-02 quiz 3/5\n2026-01-03 quiz 4/\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("quiz 3/5 (2026-01-02; best 5/5)", Quiz.latest(record));
        Files.writeString(record, "2026-01-04 quiz 5/5\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals("quiz 5/5 (2026-01-04)", Quiz.latest(record));
        Files.writeString(record, "nothing recorded here\n");
        assertNull(Quiz.latest(record));
    }
}
