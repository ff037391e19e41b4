package org.adcheck.verification.fuzz;

import java.util.List;

/**
 * Domain-safe ways to apply each function of the expression language to arbitrary
 * subexpressions, so that random trees stay finite and well-conditioned at random points: a
 * disagreement found on them is a real bug, not an overflow or a pole.
 *
 * <p>A form is a template over {@code {u}} and {@code {v}}, the generated operands, which the
 * generator keeps bounded (leaves in [−2, 2], growth functions fed through bounded ones). For
 * example {@code log} is applied as {@code log(softplus({u}) + 0.1)}, {@code asin} as
 * {@code asin(0.95*tanh({u}))}.
 */
public final class SafeForms {

    /**
     * One form.
     *
     * @param function the language function (or operator) it exercises
     * @param template the text with {@code {u}} (and {@code {v}} when binary)
     */
    public record Form(String function, String template) {

        /** Whether the form takes two operands. */
        public boolean binary() {
            return template.contains("{v}");
        }

        /** The form applied to operand texts. */
        public String apply(String u, String v) {
            return template.replace("{u}", u).replace("{v}", v == null ? "" : v);
        }
    }

    /** Every form; each function of the language appears at least once. */
    public static final List<Form> ALL = List.of(
            new Form("+", "({u} + {v})"),
            new Form("-", "({u} - {v})"),
            new Form("*", "({u} * {v})"),
            new Form("/", "({u} / (1.5 + sin({v})))"),
            new Form("neg", "(-{u})"),
            new Form("^", "({u}^2)"),
            new Form("^", "({u}^3)"),
            new Form("**", "((softplus({u}) + 0.5)**tanh({v}))"),
            new Form("pow", "pow(softplus({u}) + 0.5, 2*sin({v}))"),
            new Form("^", "(2^tanh({u}))"),
            new Form("exp", "exp(2*tanh({u}))"),
            new Form("expm1", "expm1(2*sin({u}))"),
            new Form("log", "log(softplus({u}) + 0.1)"),
            new Form("log1p", "log1p(softplus({u}))"),
            new Form("log2", "log2(1 + {u}^2)"),
            new Form("log10", "log10(0.5 + sigmoid({u}))"),
            new Form("sqrt", "sqrt({u}^2 + 0.25)"),
            new Form("cbrt", "cbrt({u} + 3)"),
            new Form("sin", "sin({u})"),
            new Form("cos", "cos({u})"),
            new Form("tan", "tan(1.2*tanh({u}))"),
            new Form("asin", "asin(0.95*tanh({u}))"),
            new Form("acos", "acos(0.95*tanh({u}))"),
            new Form("atan", "atan({u})"),
            new Form("atan2", "atan2({u}, 2 + cos({v}))"),
            new Form("sinh", "sinh(2*tanh({u}))"),
            new Form("cosh", "cosh(2*sin({u}))"),
            new Form("tanh", "tanh({u})"),
            new Form("asinh", "asinh({u})"),
            new Form("acosh", "acosh(1.5 + {u}^2)"),
            new Form("atanh", "atanh(0.9*tanh({u}))"),
            new Form("abs", "abs({u})"),
            new Form("sigmoid", "sigmoid({u})"),
            new Form("softplus", "softplus({u})"),
            new Form("relu", "relu({u})"),
            new Form("erf", "erf({u})"),
            new Form("hypot", "hypot({u}, 1 + {v}^2)"),
            new Form("min", "min({u}, {v})"),
            new Form("max", "max({u}, {v})"),
            new Form("ln", "ln(2 + sin({u}))"));

    /** Leaves: the variables and a few constants. */
    public static final List<String> VARIABLES = List.of("x", "y", "z");

    /** Constant leaves. */
    public static final List<String> CONSTANTS = List.of("0.5", "1", "2", "3", "pi", "e");

    /** The interval random points are drawn from, for every variable. */
    public static final double LOW = -2.0;

    /** The upper end of that interval. */
    public static final double HIGH = 2.0;

    private SafeForms() {}
}
