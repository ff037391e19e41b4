package org.adcheck.expr;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parsed expression: a tree of immutable records. Obtain one with {@link Expressions#parse} or
 * build one directly; either way every tree can be printed and parsed back to an equal tree.
 *
 * <p>The constructors keep that promise by rejecting what the language cannot write:
 * a {@link Constant} is finite and non-negative (negative numbers are {@code Negate(Constant)}, as the
 * parser builds them), a {@link Variable} is an identifier that is not a function or constant name,
 * and a {@link Call} names a known function with the right number of arguments.
 *
 * <p>{@code equals}, {@code hashCode} and {@code toString} work without recursion, so even a chain
 * of 200,000 additions compares and prints without a {@link StackOverflowError}. {@code toString}
 * is {@link Expressions#print}.
 */
public sealed interface Expr
        permits Expr.Constant, Expr.NamedConstant, Expr.Variable, Expr.Negate, Expr.Binary, Expr.Call {

    /** A number literal such as {@code 2}, {@code .5} or {@code 1e-3}: finite and non-negative. */
    record Constant(double value) implements Expr {
        public Constant {
            if (!Double.isFinite(value) || Double.compare(value, 0.0) < 0) {
                throw new IllegalArgumentException("a Constant must be finite and non-negative, got " + value
                        + "; write a negative number as new Negate(new Constant(" + Math.abs(value) + "))");
            }
        }

        @Override
        public String toString() {
            return Expressions.print(this);
        }
    }

    /** The constant {@code pi} or {@code e}, kept by name so that it prints back by name. */
    record NamedConstant(String name) implements Expr {
        public static final NamedConstant PI = new NamedConstant("pi");
        public static final NamedConstant E = new NamedConstant("e");

        public NamedConstant {
            if (!"pi".equals(name) && !"e".equals(name)) {
                throw new IllegalArgumentException("unknown constant '" + name + "'; the constants are 'pi' and 'e'");
            }
        }

        /** {@link Math#PI} or {@link Math#E}. */
        public double value() {
            return name.equals("pi") ? Math.PI : Math.E;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A variable: an ASCII identifier ({@code x}, {@code x1}, {@code e5}, {@code theta_2}) that is
     * neither a function name (nor {@code ln}) nor {@code pi} or {@code e}.
     */
    record Variable(String name) implements Expr {
        private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

        public Variable {
            Objects.requireNonNull(name, "name");
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not an identifier (a letter or '_', then letters, digits or '_')");
            }
            if (name.equals("pi") || name.equals("e")) {
                throw new IllegalArgumentException("'" + name + "' is a constant and cannot name a variable");
            }
            if (Builtin.lookup(name) != null) {
                throw new IllegalArgumentException("'" + name + "' is a function and cannot name a variable");
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Unary minus. It binds looser than {@code ^}: {@code -x^2} is {@code Negate(x^2)}. */
    record Negate(Expr operand) implements Expr {
        public Negate {
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Expr e && ExprEquality.equal(this, e);
        }

        @Override
        public int hashCode() {
            return ExprEquality.hash(this);
        }

        @Override
        public String toString() {
            return Expressions.print(this);
        }
    }

    /** {@code left op right}. */
    record Binary(Operator op, Expr left, Expr right) implements Expr {
        public Binary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Expr e && ExprEquality.equal(this, e);
        }

        @Override
        public int hashCode() {
            return ExprEquality.hash(this);
        }

        @Override
        public String toString() {
            return Expressions.print(this);
        }
    }

    /**
     * A call of a built-in function. The name is stored canonically ({@code ln} becomes
     * {@code log}); see {@link Expressions#functionNames()} and {@link Expressions#arity}.
     */
    record Call(String function, List<Expr> arguments) implements Expr {
        public Call {
            Objects.requireNonNull(function, "function");
            Builtin builtin = Builtin.lookup(function);
            if (builtin == null) {
                throw new IllegalArgumentException("unknown function '" + function + "'");
            }
            arguments = List.copyOf(arguments);
            if (arguments.size() != builtin.arity) {
                throw new IllegalArgumentException(ExpressionSyntaxException.arityDetail(function, builtin.arity, arguments.size()));
            }
            function = builtin.name;
        }

        public Call(String function, Expr... arguments) {
            this(function, List.of(arguments));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Expr e && ExprEquality.equal(this, e);
        }

        @Override
        public int hashCode() {
            return ExprEquality.hash(this);
        }

        @Override
        public String toString() {
            return Expressions.print(this);
        }
    }
}
