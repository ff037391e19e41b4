package org.adcheck.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.adcheck.ad.Real;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTests {

    @ParameterizedTest(name = "{0}  parses as  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1 + 2 * 3          | (+ 1 (* 2 3))
            1 * 2 + 3          | (+ (* 1 2) 3)
            1 - 2 - 3          | (- (- 1 2) 3)
            1 - 2 + 3          | (+ (- 1 2) 3)
            1 / 2 / 3          | (/ (/ 1 2) 3)
            1 / 2 * 3          | (* (/ 1 2) 3)
            2 ^ 3 ^ 2          | (^ 2 (^ 3 2))
            2 ** 3 ** 2        | (^ 2 (^ 3 2))
            2 ** 3 ^ 2         | (^ 2 (^ 3 2))
            -x ^ 2             | (neg (^ x 2))
            -x ** 2            | (neg (^ x 2))
            (-x) ^ 2           | (^ (neg x) 2)
            -x * y             | (* (neg x) y)
            x * -y             | (* x (neg y))
            x - -y             | (- x (neg y))
            2 ^ -1             | (^ 2 (neg 1))
            2 ^ -x ^ 2         | (^ 2 (neg (^ x 2)))
            2 ^ +x             | (^ 2 x)
            --x                | (neg (neg x))
            -+-x               | (neg (neg x))
            +x                 | x
            a * b ^ c          | (* a (^ b c))
            a ^ b * c          | (* (^ a b) c)
            a + b * c ^ d      | (+ a (* b (^ c d)))
            (a + b) * c        | (* (+ a b) c)
            a - (b - c)        | (- a (- b c))
            ((x))              | x
            sin(x) ^ 2         | (^ (sin x) 2)
            sin(x ^ 2)         | (sin (^ x 2))
            -sin(x)            | (neg (sin x))
            atan2(y, x + 1)    | (atan2 y (+ x 1))
            pow(a, b) ^ c      | (^ (pow a b) c)
            max(min(a, b), -c) | (max (min a b) (neg c))
            ln(x)              | (log x)
            2 * pi * e         | (* (* 2 pi) e)
            e5 * e             | (* e5 e)
            E * e              | (* E e)
            theta_2 / _x1      | (/ theta_2 _x1)
            log(x1) + x1*x2 - sin(x2) | (- (+ (log x1) (* x1 x2)) (sin x2))
            """)
    void parsesWithPrecedenceAndAssociativity(String source, String tree) {
        assertThat(TreeNotation.of(Expressions.parse(source))).isEqualTo(tree);
    }

    @ParameterizedTest(name = "{0} is the number {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2       | 2.0
            2.5     | 2.5
            .5      | 0.5
            2.      | 2.0
            1e-3    | 0.001
            2E+10   | 2.0E10
            2e5     | 200000.0
            1.5e3   | 1500.0
            0.000   | 0.0
            007     | 7.0
            """)
    void readsNumberLiterals(String source, double value) {
        assertThat(Expressions.parse(source)).isEqualTo(new Expr.Constant(value));
    }

    @Test
    void readsEAloneAsTheConstantAndEWithDigitsAsAnIdentifier() {
        assertThat(Expressions.parse("e")).isEqualTo(Expr.NamedConstant.E);
        assertThat(Expressions.parse("e5")).isEqualTo(new Expr.Variable("e5"));
        assertThat(Expressions.parse("2e5")).isEqualTo(new Expr.Constant(2e5));
        assertThat(Expressions.parse("pi")).isEqualTo(Expr.NamedConstant.PI);
        assertThat(Expressions.parse("pi2")).isEqualTo(new Expr.Variable("pi2"));
    }

    @Test
    void readsLnAsLog() {
        assertThat(Expressions.parse("ln(x)")).isEqualTo(Expressions.parse("log(x)"));
        assertThat(((Expr.Call) Expressions.parse("ln(x)")).function()).isEqualTo("log");
    }

    @Test
    void acceptsEveryFunctionByNameWithItsArity() {
        for (String name : Expressions.functionNames()) {
            String source = Expressions.arity(name) == 1 ? name + "(x)" : name + "(x, y)";
            assertThat(Expressions.parse(source)).as(source)
                    .isEqualTo(Expressions.arity(name) == 1
                            ? new Expr.Call(name, new Expr.Variable("x"))
                            : new Expr.Call(name, new Expr.Variable("x"), new Expr.Variable("y")));
        }
    }

    @Test
    void skipsWhitespaceIncludingNewlinesAndTabs() {
        assertThat(Expressions.parse(" \tx\n+\r\n  sin( y )\r* 2 \f"))
                .isEqualTo(Expressions.parse("x + sin(y) * 2"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2^3^2       | 512
            2**3**2     | 512
            (2^3)^2     | 64
            -2^2        | -4
            (-2)^2      | 4
            2^-1        | 0.5
            -2^-2       | -0.25
            10 - 4 - 3  | 3
            64 / 4 / 2  | 8
            2 * 3 + 4   | 10
            2 + 3 * 4   | 14
            --3         | 3
            1e-3 * 1000 | 1
            """)
    void evaluatesOperatorsWithTheRightGrouping(String source, double expected) {
        assertThat(Expressions.evaluate(Expressions.parse(source), Map.<String, Real>of(), new Real(0)).value())
                .isEqualTo(expected);
    }

    @Test
    void listsVariablesInOrderOfFirstAppearanceWithoutDuplicates() {
        assertThat(Expressions.variables(Expressions.parse("log(x1) + x1*x2 - sin(x2)"))).containsExactly("x1", "x2");
        assertThat(Expressions.variables(Expressions.parse("z * atan2(y, x) + x^y - z"))).containsExactly("z", "y", "x");
        assertThat(Expressions.variables(Expressions.parse("b^-a + pi * e"))).containsExactly("b", "a");
        assertThat(Expressions.variables(Expressions.parse("2 * pi"))).isEmpty();
    }

    @Test
    void reusesOneVariableRecordPerName() {
        Expr.Binary sum = (Expr.Binary) Expressions.parse("x + x");
        assertThat(sum.left()).isSameAs(sum.right());
    }
}
