package org.adcheck.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.adcheck.ad.Real;
import org.junit.jupiter.api.Test;

/**
 * Random text in, and only two outcomes out: a tree that survives print, parse and evaluation, or
 * an {@link ExpressionSyntaxException} whose position lies inside the text (or just past its end).
 * Fixed seeds keep runs reproducible; a failure names the seed and the input.
 */
class ParserRobustnessTests {
    private static final String ALPHABET = "0123456789abcdexyzpiEsnlogqrt_+-*/^(),. \n×−";
    private static final String[] TOKENS = {
        "x", "y", "e", "pi", "e5", "2", ".5", "1e-3", "2.5E+2", "+", "-", "*", "/", "^", "**", "(", ")", ",",
        "sin", "log", "ln", "atan2", "max", "pow", "sqrt", "foo", " ", "\n", "×", "−", "1e+", "2..5", "$"};

    @Test
    void randomCharacterStringsEitherParseOrFailWithAPositionInsideTheInput() {
        Random random = new Random(20240611L);
        int parsed = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(25);
            for (int k = 0; k < length; k++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            parsed += check(text.toString(), "character string " + i) ? 1 : 0;
        }
        assertThat(parsed).as("some random strings are valid expressions").isPositive();
    }

    @Test
    void randomTokenSequencesEitherParseOrFailWithAPositionInsideTheInput() {
        Random random = new Random(7731940283L);
        int parsed = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(15);
            for (int k = 0; k < length; k++) {
                text.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            parsed += check(text.toString(), "token sequence " + i) ? 1 : 0;
        }
        assertThat(parsed).as("some random token sequences are valid expressions").isGreaterThan(100);
    }

    /** True if the text parsed; fails the test on any outcome but the two allowed. */
    private static boolean check(String text, String what) {
        Expr tree;
        try {
            tree = Expressions.parse(text);
        } catch (ExpressionSyntaxException e) {
            assertPositionInside(text, e, what);
            return false;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + " " + quote(text) + " threw " + e, e);
        }
        String printed = Expressions.print(tree);
        assertThat(Expressions.parse(printed)).as("%s %s printed as %s", what, quote(text), quote(printed)).isEqualTo(tree);
        Map<String, Real> point = new HashMap<>();
        for (String name : Expressions.variables(tree)) {
            point.put(name, new Real(0.75));
        }
        Expressions.evaluate(tree, point, new Real(0));
        return true;
    }

    private static void assertPositionInside(String text, ExpressionSyntaxException e, String what) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (e.line() < 1 || e.line() > lines.length) {
            fail("%s %s: line %d outside 1..%d in %s", what, quote(text), e.line(), lines.length, e.getMessage());
        }
        int width = lines[e.line() - 1].codePointCount(0, lines[e.line() - 1].length());
        if (e.column() < 1 || e.column() > width + 1) {
            fail("%s %s: column %d outside 1..%d in %s", what, quote(text), e.column(), width + 1, e.getMessage());
        }
        assertThat(e.getMessage()).isEqualTo(e.line() + ":" + e.column() + ": " + e.detail());
        assertThat(e.detail()).doesNotContain("\n");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
