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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizTest {
    private static int take(String answers, Path record, ByteArrayOutputStream buf) throws Exception {
        return Quiz.run(new BufferedReader(new StringReader(answers)), new PrintStream(buf, true, StandardCharsets.UTF_8), record);
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
}
