package mlmath.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTableTest {
    @Test
    void aTableThatFits_isAlignedAsItIs() {
        assertEquals(List.of("op       shape", "---------------", "softmax  (2, 3)"),
                TextTable.lines(new String[][] {{"op", "shape"}, {"softmax", "(2, 3)"}}, 80));
    }

    @Test
    void aWideTable_wrapsItsWidestColumns_betweenWords_indentingTheRest() {
        String[][] rows = {{"Area", "Skip", "Instead"},
                {"Linear algebra", "abstract vector spaces, maps over fields", "you write a numerical library"},
                {"", "sigma algebras", "marginals and conditionals of a table (03)"}};
        List<String> lines = TextTable.lines(rows, 60);
        for (String line : lines) assertTrue(line.length() <= 60, "wider than 60: " + line);
        assertEquals(List.of(
                "Area            Skip                   Instead",
                "------------------------------------------------------------",
                "Linear algebra  abstract vector        you write a numerical",
                "                  spaces, maps over      library",
                "                  fields",
                "                sigma algebras         marginals and",
                "                                         conditionals of a",
                "                                         table (03)"), lines);
    }
}
