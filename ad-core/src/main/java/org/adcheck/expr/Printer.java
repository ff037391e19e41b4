package org.adcheck.expr;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes an expression as source text with as few parentheses as keep the same tree:
 * {@code log(x1) + x1 * x2 - sin(x2)}, {@code -x^2}, {@code (-x)^2}, {@code a - (b - c)}, {@code - -x}.
 *
 * <p>Text that needs more than {@link Expressions#MAX_NESTING} nested parentheses (possible only
 * for trees built by hand) prints, but does not parse back.
 *
 * <p>An explicit work stack of strings and nodes replaces recursion, so trees of any depth print in
 * time linear in their size.
 */
final class Printer {
    private static final int UNARY = 3;
    private static final int ATOM = 5;

    private Printer() {}

    static String print(Expr root) {
        StringBuilder out = new StringBuilder();
        Deque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof String text) {
                out.append(text);
                continue;
            }
            // Pushed in reverse: the last push is written first.
            if (item instanceof Expr.Constant c) {
                out.append(number(c.value()));
            } else if (item instanceof Expr.NamedConstant n) {
                out.append(n.name());
            } else if (item instanceof Expr.Variable v) {
                out.append(v.name());
            } else if (item instanceof Expr.Negate n) {
                push(work, n.operand(), precedence(n.operand()) < UNARY);
                // "- -x" rather than "--x", which reads like a decrement, or "-(-x)", which would
                // spend the nesting limit on a chain of signs.
                out.append(n.operand() instanceof Expr.Negate ? "- " : "-");
            } else if (item instanceof Expr.Binary b) {
                int p = b.op().precedence();
                boolean parenthesizeLeft;
                boolean parenthesizeRight;
                if (b.op().isRightAssociative()) {
                    // The base of a power is a call or an atom; the exponent may carry signs.
                    parenthesizeLeft = precedence(b.left()) < ATOM;
                    parenthesizeRight = precedence(b.right()) < UNARY;
                } else {
                    parenthesizeLeft = precedence(b.left()) < p;
                    parenthesizeRight = precedence(b.right()) <= p;
                }
                push(work, b.right(), parenthesizeRight);
                work.push(b.op() == Operator.POW ? "^" : " " + b.op().symbol() + " ");
                push(work, b.left(), parenthesizeLeft);
            } else if (item instanceof Expr.Call call) {
                work.push(")");
                for (int i = call.arguments().size() - 1; i >= 0; i--) {
                    work.push(call.arguments().get(i));
                    if (i > 0) {
                        work.push(", ");
                    }
                }
                out.append(call.function()).append('(');
            }
        }
        return out.toString();
    }

    private static void push(Deque<Object> work, Expr node, boolean parenthesize) {
        if (parenthesize) {
            work.push(")");
            work.push(node);
            work.push("(");
        } else {
            work.push(node);
        }
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.Binary b) {
            return b.op().precedence();
        }
        return e instanceof Expr.Negate ? UNARY : ATOM;
    }

    /**
     * The shortest text that reads back as exactly this double: integers without a fraction
     * ({@code 2}, not {@code 2.0}), others as {@link Double#toString} writes them, with a lower-case
     * exponent and no {@code .0} before it ({@code 1e-7}).
     */
    static String number(double value) {
        if (value == Math.rint(value) && value < 1e15) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        int exponent = text.indexOf('E');
        if (exponent < 0) {
            return text;
        }
        String mantissa = text.substring(0, exponent);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + text.substring(exponent + 1);
    }
}
