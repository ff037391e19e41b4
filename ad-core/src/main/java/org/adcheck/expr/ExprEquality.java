package org.adcheck.expr;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Structural equality and hashing of expression trees with an explicit stack, because the
 * recursive versions records generate overflow the call stack on long operator chains.
 */
final class ExprEquality {
    private ExprEquality() {}

    static boolean equal(Expr a, Expr b) {
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(b);
        pending.push(a);
        while (!pending.isEmpty()) {
            Expr x = pending.pop();
            Expr y = pending.pop();
            if (x == y) {
                continue;
            }
            if (x instanceof Expr.Binary bx) {
                if (!(y instanceof Expr.Binary by) || bx.op() != by.op()) {
                    return false;
                }
                pending.push(by.right());
                pending.push(bx.right());
                pending.push(by.left());
                pending.push(bx.left());
            } else if (x instanceof Expr.Negate nx) {
                if (!(y instanceof Expr.Negate ny)) {
                    return false;
                }
                pending.push(ny.operand());
                pending.push(nx.operand());
            } else if (x instanceof Expr.Call cx) {
                if (!(y instanceof Expr.Call cy) || !cx.function().equals(cy.function())
                        || cx.arguments().size() != cy.arguments().size()) {
                    return false;
                }
                for (int i = cx.arguments().size() - 1; i >= 0; i--) {
                    pending.push(cy.arguments().get(i));
                    pending.push(cx.arguments().get(i));
                }
            } else if (!x.equals(y)) { // leaves: the record's own, non-recursive equals
                return false;
            }
        }
        return true;
    }

    /** A hash of the pre-order sequence of nodes, so equal trees hash alike. */
    static int hash(Expr root) {
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(root);
        int h = 1;
        while (!pending.isEmpty()) {
            Expr node = pending.pop();
            int local;
            if (node instanceof Expr.Binary b) {
                local = 7 + b.op().ordinal();
                pending.push(b.right());
                pending.push(b.left());
            } else if (node instanceof Expr.Negate n) {
                local = 3;
                pending.push(n.operand());
            } else if (node instanceof Expr.Call c) {
                local = 5 * c.function().hashCode();
                for (int i = c.arguments().size() - 1; i >= 0; i--) {
                    pending.push(c.arguments().get(i));
                }
            } else {
                local = node.hashCode();
            }
            h = 31 * h + local;
        }
        return h;
    }
}
