package org.adcheck.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.adcheck.ad.Dual;
import org.adcheck.ad.Real;
import org.adcheck.ad.VectorDual;
import org.junit.jupiter.api.Test;

/**
 * Hostile sizes: deep nesting stops with a message at the limit, and long chains, which make deep
 * trees without nesting, parse, print, compare, compile and evaluate without recursion.
 */
class DeepInputTests {
    private static final Duration GENEROUS = Duration.ofSeconds(30);
    private static final int MEGABYTE = 1 << 20;

    @Test
    void twentyThousandNestedParenthesesStopAtTheNestingLimit() {
        String source = "(".repeat(20_000) + "x" + ")".repeat(20_000);
        assertThatThrownBy(() -> Expressions.parse(source))
                .isInstanceOf(ExpressionSyntaxException.class)
                .hasMessage("1:1001: expression nests deeper than 1000 levels");
    }

    @Test
    void twentyThousandNestedCallsStopAtTheNestingLimit() {
        String source = "sin(".repeat(20_000) + "x" + ")".repeat(20_000);
        assertThatThrownBy(() -> Expressions.parse(source))
                .isInstanceOf(ExpressionSyntaxException.class)
                .hasMessage("1:4004: expression nests deeper than 1000 levels");
    }

    @Test
    void aMegabyteOfOpeningParenthesesStopsAtTheNestingLimit() {
        assertThatThrownBy(() -> Expressions.parse("(".repeat(MEGABYTE)))
                .hasMessage("1:1001: expression nests deeper than 1000 levels");
    }

    @Test
    void nestingUpToTheLimitParsesPrintsAndEvaluates() {
        int limit = Expressions.MAX_NESTING;
        Expr parens = Expressions.parse("(".repeat(limit) + "x" + ")".repeat(limit));
        assertThat(parens).isEqualTo(new Expr.Variable("x"));

        String mixed = "-(sin(2^(".repeat(limit / 3) + "x" + ")))".repeat(limit / 3);
        Expr tree = Expressions.parse(mixed);
        assertThat(Expressions.parse(Expressions.print(tree))).isEqualTo(tree);
        double value = Expressions.evaluate(tree, Map.of("x", new Real(0.5)), new Real(0)).value();
        assertThat(value).isBetween(-1.0, 1.0);
    }

    @Test
    void deepNestingIsSafeFromAThreadWithASmallStack() throws InterruptedException {
        String atTheLimit = "(".repeat(Expressions.MAX_NESTING) + "x" + ")".repeat(Expressions.MAX_NESTING);
        String beyond = "(".repeat(20_000) + "x" + ")".repeat(20_000);
        Object[] outcome = new Object[2];
        Thread small = new Thread(null, () -> {
            try {
                outcome[0] = Expressions.parse(atTheLimit);
                outcome[1] = Expressions.parse(beyond);
            } catch (Throwable t) {
                outcome[1] = t;
            }
        }, "small-stack", 128 * 1024);
        small.start();
        small.join();
        assertThat(outcome[0]).isEqualTo(new Expr.Variable("x"));
        assertThat(outcome[1]).isInstanceOf(ExpressionSyntaxException.class)
                .hasFieldOrPropertyWithValue("message", "1:1001: expression nests deeper than 1000 levels");
    }

    @Test
    void aMegabyteFlatSumParsesPrintsAndEvaluates() {
        assertTimeoutPreemptively(GENEROUS, () -> {
            int terms = MEGABYTE / 2;
            String source = "x+".repeat(terms - 1) + "x";
            assertThat(source.length()).isGreaterThanOrEqualTo(MEGABYTE - 1);

            Expr tree = Expressions.parse(source);
            assertThat(Expressions.variables(tree)).containsExactly("x");
            String printed = Expressions.print(tree);
            assertThat(printed).hasSize(4 * terms - 3).startsWith("x + x + x");
            Expr reparsed = Expressions.parse(printed);
            assertThat(reparsed.equals(tree)).isTrue();
            assertThat(reparsed.hashCode()).isEqualTo(tree.hashCode());

            Real sum = Expressions.evaluate(tree, Map.of("x", new Real(1)), new Real(0));
            assertThat(sum.value()).isEqualTo(terms);
        });
    }

    @Test
    void aChainOfTwoHundredThousandTermsEvaluatesWithItsGradient() {
        assertTimeoutPreemptively(GENEROUS, () -> {
            int terms = 200_000;
            String source = "x1*x2 - x1 + ".repeat(terms / 2 - 1) + "x1*x2 - x1";
            CompiledExpression program = Expressions.compile(Expressions.parse(source));
            VectorDual y = program.apply(List.of(VectorDual.variable(0, 2, 3), VectorDual.variable(1, 2, 0.5)),
                    VectorDual.constant(2, 0));
            // Each pair x1*x2 - x1 is 3*0.5 - 3 = -1.5, with gradient (x2 - 1, x1) = (-0.5, 3).
            assertThat(y.value()).isEqualTo(-1.5 * terms / 2);
            assertThat(y.partial(0)).isEqualTo(-0.5 * terms / 2);
            assertThat(y.partial(1)).isEqualTo(3.0 * terms / 2);
        });
    }

    @Test
    void aLongRightAssociativePowerChainCompilesAndEvaluates() {
        int operands = 100_000;
        Expr tree = Expressions.parse("x^-x".repeat(operands / 2).replace("xx", "x^-x"));
        Dual y = Expressions.evaluate(tree, Map.of("x", Dual.variable(1)), Dual.constantOf(0));
        assertThat(y.value()).isEqualTo(1);
        assertThat(Expressions.parse(Expressions.print(tree))).isEqualTo(tree);
    }

    @Test
    void twentyThousandSignsParseIntoADeepNegationThatPrintsAndEvaluates() {
        Expr tree = Expressions.parse("-".repeat(20_001) + "x");
        Real y = Expressions.evaluate(tree, Map.of("x", new Real(2)), new Real(0));
        assertThat(y.value()).isEqualTo(-2);
        assertThat(Expressions.print(tree)).isEqualTo("- ".repeat(20_000) + "-x");
        assertThat(Expressions.parse(Expressions.print(tree))).isEqualTo(tree);
    }

    @Test
    void aMegabyteIdentifierOrNumberIsOneTokenWithAClippedQuote() {
        String digits = "9".repeat(MEGABYTE);
        assertThatThrownBy(() -> Expressions.parse(digits))
                .hasMessage("1:1: number '" + "9".repeat(40) + "...' is too large for a double");
        String name = "v".repeat(MEGABYTE);
        assertThat(Expressions.variables(Expressions.parse(name + " * 2"))).containsExactly(name);
    }

    @Test
    void aMegabyteOfGarbageFailsFastAtItsFirstCharacter() {
        assertThatThrownBy(() -> Expressions.parse("×".repeat(MEGABYTE)))
                .hasMessage("1:1: unexpected character '×' (U+00D7); did you mean '*'?");
        assertThatThrownBy(() -> Expressions.parse("x".repeat(10) + "/".repeat(MEGABYTE)))
                .hasMessage("1:12: expected an operand after '/', found '/'");
        // Unary plus makes x+++...+ a valid prefix, so that one ends at the end of input.
        assertThatThrownBy(() -> Expressions.parse("x" + "+".repeat(MEGABYTE)))
                .hasMessage("1:" + (MEGABYTE + 2) + ": expected an operand after '+', found end of input");
    }

    @Test
    void deepTreesBuiltByHandCompareWithoutRecursion() {
        Expr left = new Expr.Variable("x");
        Expr right = new Expr.Variable("x");
        for (int i = 0; i < 300_000; i++) {
            left = new Expr.Binary(Operator.MUL, left, new Expr.Constant(1));
            right = new Expr.Binary(Operator.MUL, right, new Expr.Constant(1));
        }
        assertThat(left.equals(right)).isTrue();
        assertThat(left.hashCode()).isEqualTo(right.hashCode());
        assertThat(left.equals(new Expr.Binary(Operator.MUL, right, new Expr.Constant(1)))).isFalse();
    }
}
