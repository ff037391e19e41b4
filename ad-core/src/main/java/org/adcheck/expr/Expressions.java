package org.adcheck.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.adcheck.ad.Num;

/**
 * The expression language: parse text, print trees, list variables, compile and evaluate over any
 * {@link Num} algebra.
 *
 * <pre>{@code
 * Expr f = Expressions.parse("log(x1) + x1*x2 - sin(x2)");
 * Expressions.variables(f);                     // [x1, x2]
 * CompiledExpression program = Expressions.compile(f);
 * VectorDual y = program.apply(List.of(VectorDual.variable(0, 2, 2), VectorDual.variable(1, 2, 5)),
 *                              VectorDual.constant(2, 0));   // 11.652…, ∂ = (5.5, 1.716…)
 * }</pre>
 *
 * <h2>Grammar</h2>
 * Numbers ({@code 2}, {@code 2.5}, {@code .5}, {@code 1e-3}, {@code 2E+10}); ASCII identifiers
 * ({@code x}, {@code x1}, {@code e5}, {@code theta_2}); {@code + - * /}; {@code ^} or {@code **},
 * right-associative and tighter than unary minus ({@code -x^2 = -(x^2)}, {@code 2^3^2 = 512},
 * {@code 2^-1 = 0.5}); unary minus and plus; parentheses; the constants {@code pi} and {@code e};
 * calls of the functions in {@link #functionNames()}, with {@code ln} an alias of {@code log}.
 * Whitespace, newlines included, separates tokens.
 *
 * <h2>Errors</h2>
 * {@link ExpressionSyntaxException} with {@code line:column: detail}, e.g.
 * {@code 1:7: expected ')' to close '(' opened at 1:4, found end of input}. Parentheses and call
 * arguments nest at most {@link #MAX_NESTING} levels; everything else (operator chains of any
 * length, printing, compiling, evaluating) works without recursion.
 */
public final class Expressions {

    /** How deep parentheses and function calls may nest before parsing stops with an error. */
    public static final int MAX_NESTING = 1000;

    private Expressions() {}

    /**
     * Parses source text.
     *
     * @throws ExpressionSyntaxException if the text is not an expression
     */
    public static Expr parse(String source) {
        Objects.requireNonNull(source, "source");
        return Parser.parse(source);
    }

    /**
     * Source text for a tree, with the fewest parentheses that keep its shape, such that
     * {@code parse(print(e)).equals(e)}: {@code log(x1) + x1 * x2 - sin(x2)}.
     */
    public static String print(Expr expr) {
        Objects.requireNonNull(expr, "expr");
        return Printer.print(expr);
    }

    /** The variable names in order of first appearance (reading left to right), without duplicates. */
    public static List<String> variables(Expr expr) {
        Objects.requireNonNull(expr, "expr");
        Set<String> names = new LinkedHashSet<>();
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(expr);
        while (!pending.isEmpty()) {
            Expr node = pending.pop();
            if (node instanceof Expr.Variable v) {
                names.add(v.name());
            } else if (node instanceof Expr.Negate n) {
                pending.push(n.operand());
            } else if (node instanceof Expr.Binary b) {
                pending.push(b.right());
                pending.push(b.left());
            } else if (node instanceof Expr.Call c) {
                for (int i = c.arguments().size() - 1; i >= 0; i--) {
                    pending.push(c.arguments().get(i));
                }
            }
        }
        return List.copyOf(names);
    }

    /** Compiles with the variables in order of first appearance, as {@link #variables} lists them. */
    public static CompiledExpression compile(Expr expr) {
        return Compiler.compile(expr, variables(expr));
    }

    /**
     * Compiles with the arguments in the given order. The order may name variables the expression
     * does not use (their arguments are ignored), but must name each of its variables exactly once.
     *
     * @throws IllegalArgumentException naming a variable of the expression the order lacks, or a
     *     name the order repeats
     */
    public static CompiledExpression compile(Expr expr, List<String> variableOrder) {
        Objects.requireNonNull(expr, "expr");
        List<String> order = List.copyOf(variableOrder);
        Set<String> seen = new HashSet<>();
        for (String name : order) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("variable order " + order + " names '" + name + "' twice");
            }
        }
        for (String name : variables(expr)) {
            if (!seen.contains(name)) {
                throw new IllegalArgumentException("variable order " + order + " lacks variable '" + name
                        + "' of " + Token.clip(print(expr)));
            }
        }
        return Compiler.compile(expr, order);
    }

    /**
     * Evaluates a tree over any algebra: the one evaluator behind every backend. It compiles the
     * tree on each call; to evaluate one expression at many points, {@link #compile} it once.
     *
     * @param binding a value for each variable of the expression (extra entries are ignored)
     * @param zero the constant 0 of the algebra, used to make constants
     * @throws IllegalArgumentException naming a variable the binding has no value for
     */
    public static <T extends Num<T>> T evaluate(Expr expr, Map<String, T> binding, T zero) {
        CompiledExpression program = compile(expr);
        List<T> args = new ArrayList<>(program.variables().size());
        for (String name : program.variables()) {
            T value = binding.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for variable '" + name + "'; the binding has "
                        + new TreeSet<>(binding.keySet()));
            }
            args.add(value);
        }
        return program.apply(args, zero);
    }

    /**
     * The canonical names of the functions calls may use, in a fixed order: {@code exp expm1 log
     * log1p log2 log10 sqrt cbrt sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh abs
     * sigmoid softplus relu erf pow atan2 hypot min max}. The alias {@code ln} is accepted by
     * {@link #parse} and {@link #arity} but not listed, since trees store {@code log}.
     */
    public static Set<String> functionNames() {
        return Builtin.canonicalNames();
    }

    /**
     * The number of arguments a function takes: 1, or 2 for {@code pow atan2 hypot min max}.
     *
     * @throws IllegalArgumentException if no function has that name
     */
    public static int arity(String function) {
        Builtin builtin = Builtin.lookup(function);
        if (builtin == null) {
            throw new IllegalArgumentException("unknown function '" + function + "'");
        }
        return builtin.arity;
    }
}
