package org.adcheck.expr;

import java.util.stream.Collectors;

/**
 * A fully parenthesized prefix notation for small trees, {@code (+ 1 (* 2 3))}, so tests state the
 * shape of a tree independently of {@link Expressions#print}'s parenthesis rules.
 */
final class TreeNotation {
    private TreeNotation() {}

    static String of(Expr e) {
        if (e instanceof Expr.Constant c) {
            return Printer.number(c.value());
        }
        if (e instanceof Expr.NamedConstant n) {
            return n.name();
        }
        if (e instanceof Expr.Variable v) {
            return v.name();
        }
        if (e instanceof Expr.Negate n) {
            return "(neg " + of(n.operand()) + ")";
        }
        if (e instanceof Expr.Binary b) {
            return "(" + b.op().symbol() + " " + of(b.left()) + " " + of(b.right()) + ")";
        }
        Expr.Call call = (Expr.Call) e;
        return "(" + call.function() + " " + call.arguments().stream().map(TreeNotation::of).collect(Collectors.joining(" ")) + ")";
    }
}
