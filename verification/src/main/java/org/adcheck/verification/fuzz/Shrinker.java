package org.adcheck.verification.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.adcheck.expr.Expr;
import org.adcheck.expr.Expressions;

/**
 * Shrinks a failing expression to a minimal one that still fails: repeatedly replaces a subtree by
 * one of its operands, by a variable or by the constant 1, keeping the first candidate that still
 * fails, until no candidate does. Candidates are tried smallest first, so the result is small.
 */
public final class Shrinker {

    private static final int MAX_STEPS = 500;

    private Shrinker() {}

    /**
     * @param failing an expression for which {@code stillFails} holds
     * @param stillFails the failure, re-checked on each candidate (exceptions count as "no")
     * @return the smallest failing expression found
     */
    public static Expr shrink(Expr failing, Predicate<Expr> stillFails) {
        Expr current = failing;
        for (int step = 0; step < MAX_STEPS; step++) {
            Expr smaller = null;
            for (Expr candidate : candidates(current)) {
                if (size(candidate) < size(current) && holds(stillFails, candidate)) {
                    smaller = candidate;
                    break;
                }
            }
            if (smaller == null) {
                return current;
            }
            current = smaller;
        }
        return current;
    }

    private static boolean holds(Predicate<Expr> p, Expr e) {
        try {
            return p.test(e);
        } catch (RuntimeException ex) {
            return false;
        }
    }

    /** Every expression one replacement away, smallest first. */
    static List<Expr> candidates(Expr e) {
        Set<Expr> out = new LinkedHashSet<>();
        collect(e, e, out);
        List<Expr> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> Integer.compare(size(a), size(b)));
        return sorted;
    }

    private static void collect(Expr root, Expr node, Set<Expr> out) {
        for (Expr replacement : replacements(node)) {
            out.add(replace(root, node, replacement));
        }
        for (Expr child : children(node)) {
            collect(root, child, out);
        }
    }

    private static List<Expr> replacements(Expr node) {
        List<Expr> r = new ArrayList<>(children(node));
        if (!(node instanceof Expr.Variable) && !(node instanceof Expr.Constant)) {
            for (String v : Expressions.variables(node)) {
                r.add(new Expr.Variable(v));
            }
            r.add(new Expr.Constant(1));
        }
        return r;
    }

    static List<Expr> children(Expr node) {
        if (node instanceof Expr.Negate n) {
            return List.of(n.operand());
        }
        if (node instanceof Expr.Binary b) {
            return List.of(b.left(), b.right());
        }
        if (node instanceof Expr.Call c) {
            return c.arguments();
        }
        return List.of();
    }

    /** {@code root} with the subtree {@code target} (by identity) replaced. */
    private static Expr replace(Expr root, Expr target, Expr replacement) {
        if (root == target) {
            return replacement;
        }
        if (root instanceof Expr.Negate n) {
            return new Expr.Negate(replace(n.operand(), target, replacement));
        }
        if (root instanceof Expr.Binary b) {
            return new Expr.Binary(b.op(), replace(b.left(), target, replacement),
                    replace(b.right(), target, replacement));
        }
        if (root instanceof Expr.Call c) {
            List<Expr> args = new ArrayList<>();
            for (Expr a : c.arguments()) {
                args.add(replace(a, target, replacement));
            }
            return new Expr.Call(c.function(), args);
        }
        return root;
    }

    /** The number of nodes. */
    public static int size(Expr e) {
        int n = 1;
        for (Expr c : children(e)) {
            n += size(c);
        }
        return n;
    }
}
