package mlmath.launch;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one top-level statement writes and reads, from javac's tree of it: in exercise mode a statement that is skipped
 * or throws taints every variable it writes (the one it declares; the root of each assignment, compound-assignment or
 * {@code ++}/{@code --} target, {@code a} of {@code a[i] = …} or {@code a.x += …}; the root receiver of each call made
 * as a statement, {@code fig} of {@code fig.xlabel(…).logy();} or {@code list} of {@code list.add(…);}, since such a
 * call is made for what it changes) and none it only reads ({@link Guard#runs}). A top-level {@code x = …;} gives
 * {@code x} a whole new value, so it does not read it; names the statement declares inside itself (loop variables,
 * locals, lambda parameters) are its own, neither written nor read.
 */
record Effects(Set<String> writes, Set<String> reads) implements java.io.Serializable {
    /** The effects of {@code statement}, a declaration or a statement as JShell runs it at the top level. */
    static Effects of(StatementTree statement) {
        Set<String> writes = new LinkedHashSet<>(), reads = new LinkedHashSet<>(), own = new LinkedHashSet<>();
        // The statement `x = …;` itself: its target is written, not read.
        AssignmentTree whole = statement instanceof ExpressionStatementTree e && e.getExpression() instanceof AssignmentTree a
                && a.getVariable() instanceof IdentifierTree ? a : null;
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitVariable(VariableTree node, Void p) {
                (node == statement ? writes : own).add(node.getName().toString());
                return super.visitVariable(node, p);
            }

            @Override
            public Void visitIdentifier(IdentifierTree node, Void p) {
                reads.add(node.getName().toString());
                return null;
            }

            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void p) {
                // The name of a method called without a receiver is no variable.
                if (!(node.getMethodSelect() instanceof IdentifierTree)) scan(node.getMethodSelect(), p);
                scan(node.getTypeArguments(), p);
                return scan(node.getArguments(), p);
            }

            @Override
            public Void visitAssignment(AssignmentTree node, Void p) {
                writes.add(root(node.getVariable()));
                return node == whole ? scan(node.getExpression(), p) : super.visitAssignment(node, p);
            }

            @Override
            public Void visitCompoundAssignment(CompoundAssignmentTree node, Void p) {
                writes.add(root(node.getVariable()));
                return super.visitCompoundAssignment(node, p);
            }

            @Override
            public Void visitUnary(UnaryTree node, Void p) {
                switch (node.getKind()) {
                    case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> writes.add(root(node.getExpression()));
                    default -> { }
                }
                return super.visitUnary(node, p);
            }

            @Override
            public Void visitExpressionStatement(ExpressionStatementTree node, Void p) {
                if (node.getExpression() instanceof MethodInvocationTree call && call.getMethodSelect() instanceof MemberSelectTree m) {
                    writes.add(root(m.getExpression()));
                }
                return super.visitExpressionStatement(node, p);
            }
        }.scan(statement, null);
        writes.remove(null);
        writes.removeAll(own);
        reads.removeAll(own);
        return new Effects(writes, reads);
    }

    /** The variable an access path starts from ({@code a} of {@code a[i].x} or {@code a.get(0).y}); null if none. */
    private static String root(ExpressionTree e) {
        while (true) {
            if (e instanceof IdentifierTree id) return id.getName().toString();
            if (e instanceof ArrayAccessTree a) e = a.getExpression();
            else if (e instanceof MemberSelectTree m) e = m.getExpression();
            else if (e instanceof MethodInvocationTree c && c.getMethodSelect() instanceof MemberSelectTree m) e = m.getExpression();
            else if (e instanceof ParenthesizedTree p) e = p.getExpression();
            else if (e instanceof TypeCastTree c) e = c.getExpression();
            else return null;
        }
    }
}
