package mlmath.launch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EffectsTest {
    /** The names {@code statement} writes, then the names it reads. */
    private static List<List<String>> of(String statement) {
        Effects e = Effects.of(FastCopy.Parsed.of(statement).orElseThrow().tree());
        return List.of(List.copyOf(e.writes()), List.copyOf(e.reads()));
    }

    @Test
    void writes_areDeclarationsAssignmentTargetsCountersAndReceiversOfCallsMadeAsStatements() {
        assertEquals(List.of(List.of("t"), List.of("u")), of("var t = g(u);"));
        assertEquals(List.of(List.of("a"), List.of("a", "i", "b", "c")), of("a[i] = b + c;"));
        assertEquals(List.of(List.of("p"), List.of("p", "q")), of("p.x += q;"));
        assertEquals(List.of(List.of("k"), List.of("k")), of("k++;"));
        assertEquals(List.of(List.of("fig"), List.of("fig")), of("fig.xlabel(\"d\").logy();"));
        assertEquals(List.of(List.of(), List.of("s")), of("print(\"fig a\", s.length); // a, fig"));
    }

    @Test
    void aWholeAssignment_doesNotReadItsTarget_unlessItsValueDoes() {
        assertEquals(List.of(List.of("x"), List.of("y")), of("x = y * 2;"));
        assertEquals(List.of(List.of("x"), List.of("x")), of("x = x + 1;"));
    }

    @Test
    void namesTheStatementDeclaresItself_areNeitherWrittenNorRead() {
        assertEquals(List.of(List.of("out", "list", "k", "xs"), List.of("n", "out", "list", "k", "xs")),
                of("for (int i = 0; i < n; i++) { var r = f(i); out[i] = r; list.add(r); k++; xs.forEach(v -> v.run()); }"));
    }
}
