package org.adcheck.expr;

/**
 * The binary operators of the expression language, from loosest to tightest binding.
 *
 * <p>{@code + - * /} associate to the left; {@code ^} (also written {@code **}) associates to the
 * right and binds tighter than unary minus, so {@code -x^2} is {@code -(x^2)} and {@code 2^3^2} is
 * {@code 2^9}.
 */
public enum Operator {
    ADD("+", 1),
    SUB("-", 1),
    MUL("*", 2),
    DIV("/", 2),
    POW("^", 4);

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /** The symbol {@link Expressions#print} writes; {@code **} is read as {@link #POW} too. */
    public String symbol() {
        return symbol;
    }

    /** Binding strength: 1 for {@code + -}, 2 for {@code * /}, 4 for {@code ^} (unary minus is 3). */
    int precedence() {
        return precedence;
    }

    boolean isRightAssociative() {
        return this == POW;
    }
}
