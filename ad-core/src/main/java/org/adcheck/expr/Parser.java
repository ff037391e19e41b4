package org.adcheck.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser with one method per precedence level, loosest first:
 *
 * <pre>
 * expression     → additive EOF
 * additive       → multiplicative ( ( "+" | "-" ) multiplicative )*
 * multiplicative → unary ( ( "*" | "/" ) unary )*
 * unary          → ( "-" | "+" )* power
 * power          → call ( ( "^" | "**" ) ( "-" | "+" )* call )*      right-associative
 * call           → IDENTIFIER "(" ( additive ( "," additive )* )? ")" | primary
 * primary        → NUMBER | IDENTIFIER | "(" additive ")"
 * </pre>
 *
 * <p>Only parentheses and call arguments recurse; operator chains and runs of signs are loops, so a
 * megabyte-long {@code x+x+...} parses without deep recursion. Nesting of parentheses is limited to
 * {@link Expressions#MAX_NESTING} levels, checked before recursing; {@link #parse} gives deep text a
 * thread whose stack holds that many.
 */
final class Parser {
    private final String source;
    private final Lexer lexer;
    private final Map<String, Expr.Variable> variables = new HashMap<>();
    private Token current;
    private Token previous;
    private int depth;

    /**
     * Nesting that any thread's stack holds: measured at about 1 KB of stack per level in the
     * interpreter, so a 256 KB thread stack parses over 200 levels.
     */
    private static final int SHALLOW_NESTING = 50;

    /**
     * Stack for parsing deeper text: {@link Expressions#MAX_NESTING} levels need about 1 MB in
     * the interpreter, which the caller's thread may not have left (surefire, thread pools with
     * small stacks). Reserved virtual memory, committed only as used.
     */
    private static final long DEEP_PARSE_STACK_BYTES = 16L << 20;

    /**
     * Parses on the caller's thread when the parentheses nest shallowly, as real expressions do,
     * and otherwise on a short-lived thread with a stack large enough for the nesting limit, so
     * that deep input gives its syntax error, never a {@link StackOverflowError}.
     */
    static Expr parse(String source) {
        if (maxParenthesisDepth(source) <= SHALLOW_NESTING) {
            return new Parser(source).parse();
        }
        Object[] outcome = new Object[1];
        Thread worker = new Thread(null, () -> {
            try {
                outcome[0] = new Parser(source).parse();
            } catch (RuntimeException | Error e) {
                outcome[0] = e;
            }
        }, "adcheck-deep-expression-parser", DEEP_PARSE_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join(); // join makes the worker's write to outcome visible here
                break;
            } catch (InterruptedException e) {
                interrupted = true; // parsing stops by itself at the nesting limit; finish, then re-flag
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (outcome[0] instanceof RuntimeException e) {
            throw e;
        }
        if (outcome[0] instanceof Error e) {
            throw e;
        }
        return (Expr) outcome[0];
    }

    private static int maxParenthesisDepth(String source) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '(') {
                max = Math.max(max, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        return max;
    }

    private Parser(String source) {
        this.source = source;
        this.lexer = new Lexer(source);
        this.current = lexer.next();
    }

    private Expr parse() {
        Expr expr = additive();
        if (!check(Token.Type.EOF)) {
            if (check(Token.Type.RIGHT_PAREN)) {
                throw error(current, "')' has no matching '('");
            }
            throw expected(current, "expected an operator or end of input");
        }
        return expr;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (match(Token.Type.PLUS, Token.Type.MINUS)) {
            Operator op = previous.type() == Token.Type.PLUS ? Operator.ADD : Operator.SUB;
            left = new Expr.Binary(op, left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (match(Token.Type.STAR, Token.Type.SLASH)) {
            Operator op = previous.type() == Token.Type.STAR ? Operator.MUL : Operator.DIV;
            left = new Expr.Binary(op, left, unary());
        }
        return left;
    }

    private Expr unary() {
        int negations = signs();
        return negate(power(), negations);
    }

    /**
     * Right-associative and looser than nothing but the signs of its exponent: {@code 2^-x^2} is
     * {@code 2^(-(x^2))}. The operands are collected in a loop and folded from the right.
     */
    private Expr power() {
        Expr base = call();
        if (!check(Token.Type.CARET)) {
            return base;
        }
        List<Expr> operands = new ArrayList<>();
        List<Integer> negations = new ArrayList<>();
        operands.add(base);
        negations.add(0);
        while (match(Token.Type.CARET)) {
            negations.add(signs());
            operands.add(call());
        }
        int last = operands.size() - 1;
        Expr result = negate(operands.get(last), negations.get(last));
        for (int i = last - 1; i >= 0; i--) {
            result = negate(new Expr.Binary(Operator.POW, operands.get(i), result), negations.get(i));
        }
        return result;
    }

    private Expr call() {
        if (!match(Token.Type.IDENTIFIER)) {
            return primary();
        }
        Token name = previous;
        if (!check(Token.Type.LEFT_PAREN)) {
            return identifier(name);
        }
        Builtin function = Builtin.lookup(name.lexeme());
        if (function == null) {
            String meant = Builtin.suggestionFor(name.lexeme());
            throw error(name, "unknown function '" + Token.clip(name.lexeme()) + "'"
                    + (meant == null ? "" : "; did you mean '" + meant + "'?"));
        }
        Token open = advance();
        enterNesting(open);
        List<Expr> arguments = new ArrayList<>(function.arity);
        if (!match(Token.Type.RIGHT_PAREN)) {
            do {
                arguments.add(additive());
            } while (match(Token.Type.COMMA));
            if (!match(Token.Type.RIGHT_PAREN)) {
                throw expected(current, function.arity == 1 && arguments.size() == 1
                        ? "expected ')' after the argument of '" + name.lexeme() + "'"
                        : "expected ',' or ')' after argument " + arguments.size() + " of '" + name.lexeme() + "'");
            }
        }
        depth--;
        if (arguments.size() != function.arity) {
            throw error(name, ExpressionSyntaxException.arityDetail(name.lexeme(), function.arity, arguments.size()));
        }
        return new Expr.Call(function.name, arguments);
    }

    private Expr identifier(Token name) {
        String text = name.lexeme();
        if (text.equals("pi")) {
            return Expr.NamedConstant.PI;
        }
        if (text.equals("e")) {
            return Expr.NamedConstant.E;
        }
        if (Builtin.lookup(text) != null) {
            throw expected(current, "expected '(' after function '" + text + "'");
        }
        return variables.computeIfAbsent(text, Expr.Variable::new);
    }

    private Expr primary() {
        if (match(Token.Type.NUMBER)) {
            return new Expr.Constant(previous.number());
        }
        if (match(Token.Type.LEFT_PAREN)) {
            Token open = previous;
            enterNesting(open);
            Expr inner = additive();
            if (!match(Token.Type.RIGHT_PAREN)) {
                throw expected(current, "expected ')' to close '(' opened at " + open.line() + ":" + open.column());
            }
            depth--;
            return inner;
        }
        throw expected(current, operandExpectation());
    }

    /** What the token before a missing operand asked for: the text of an "expected ..." message. */
    private String operandExpectation() {
        if (previous == null) {
            return "expected an expression";
        }
        if (previous.isOperator()) {
            return "expected an operand after '" + previous.lexeme() + "'";
        }
        return "expected an expression after '" + previous.lexeme() + "'";
    }

    private void enterNesting(Token open) {
        if (++depth > Expressions.MAX_NESTING) {
            throw error(open, "expression nests deeper than " + Expressions.MAX_NESTING + " levels");
        }
    }

    /** Consumes a run of unary signs and returns how many of them were minus. */
    private int signs() {
        int negations = 0;
        while (match(Token.Type.MINUS, Token.Type.PLUS)) {
            if (previous.type() == Token.Type.MINUS) {
                negations++;
            }
        }
        return negations;
    }

    private static Expr negate(Expr operand, int times) {
        Expr result = operand;
        for (int i = 0; i < times; i++) {
            result = new Expr.Negate(result);
        }
        return result;
    }

    private boolean match(Token.Type... types) {
        for (Token.Type type : types) {
            if (check(type)) {
                advance();
                return true;
            }
        }
        return false;
    }

    private boolean check(Token.Type type) {
        return current.type() == type;
    }

    private Token advance() {
        previous = current;
        if (current.type() != Token.Type.EOF) {
            current = lexer.next();
        }
        return previous;
    }

    /**
     * "{@code expectation}, found {@code <what>}" at the found token; a token the lexer could not
     * read reports its own problem instead, since that is the cause.
     */
    private ExpressionSyntaxException expected(Token found, String expectation) {
        if (found.type() == Token.Type.ERROR) {
            return error(found, found.error());
        }
        return error(found, expectation + ", found " + found.describe());
    }

    private ExpressionSyntaxException error(Token at, String detail) {
        if (at.type() == Token.Type.ERROR) {
            detail = at.error();
        }
        return new ExpressionSyntaxException(source, at.line(), at.column(), detail);
    }
}
