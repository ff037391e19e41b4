package org.adcheck.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.adcheck.ad.Real;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrinterTests {

    @ParameterizedTest(name = "{0}  prints as  {1}")
    @CsvSource(delimiter = '|', textBlock = """
            log(x1) + x1*x2 - sin(x2) | log(x1) + x1 * x2 - sin(x2)
            ln(x)                     | log(x)
            ((x))                     | x
            ((a+b))*c                 | (a + b) * c
            a+(b+c)                   | a + (b + c)
            (a+b)+c                   | a + b + c
            a-(b+c)                   | a - (b + c)
            a*(b*c)                   | a * (b * c)
            (a*b)*c                   | a * b * c
            a/(b*c)                   | a / (b * c)
            a/b*c                     | a / b * c
            a+b*c                     | a + b * c
            (a^b)^c                   | (a^b)^c
            a^(b^c)                   | a^b^c
            -(x^2)                    | -x^2
            (-x)^2                    | (-x)^2
            -(x)                      | -x
            -(-x)                     | - -x
            --x                       | - -x
            -(x*y)                    | -(x * y)
            -x*y                      | -x * y
            x - (-y)                  | x - -y
            2 ** x                    | 2^x
            2^(-1)                    | 2^-1
            2^(x+1)                   | 2^(x + 1)
            2^(x*y)                   | 2^(x * y)
            (2*x)^y                   | (2 * x)^y
            sin(x)^2                  | sin(x)^2
            atan2( y , x )            | atan2(y, x)
            1.50                      | 1.5
            1e3                       | 1000
            1E-7                      | 1e-7
            2.5e20                    | 2.5e20
            .5                        | 0.5
            2*pi*e                    | 2 * pi * e
            """)
    void printsWithMinimalParentheses(String source, String printed) {
        assertThat(Expressions.print(Expressions.parse(source))).isEqualTo(printed);
    }

    static Stream<String> corpus() {
        return Stream.of(
                "log(x1) + x1*x2 - sin(x2)", "x", "2", "pi", "e", "e5 + e", "-x", "-(-x)", "--x", "-x^2", "(-x)^2",
                "2^3^2", "(2^3)^2", "2^-x^2", "2^-(x + 1)", "a - (b - c)", "a - b - c", "a / (b / c)", "a / b / c",
                "a * (b + c) / d", "x^y^z", "(x^y)^z", "-(x + y) * z", "x * -y", "x - -y", "x + -y^2",
                "atan2(y, x) * hypot(x, y)", "pow(x, 1/3) - cbrt(x)", "min(a, max(b, c))", "exp(-x^2 / 2) / sqrt(2*pi)",
                "sigmoid(x) * (1 - sigmoid(x))", "softplus(x) - relu(x)", "erf(x / sqrt(2))", "log1p(expm1(x))",
                "log2(x) + log10(x) + ln(x)", "asinh(x) + acosh(1 + x^2) + atanh(x / 2)", "abs(sin(x)) ^ 0.5",
                "tanh(x) / cosh(x) * sinh(x)", "asin(x / 2) + acos(x / 2) + atan(x)", "1e-300 * x + 1.7976931348623157e308",
                "0.1 + 0.2 * 4.9e-324", "123456789.125 * x", "((((x))))", "-sin(-cos(-x))", "x^-1^-2",
                "theta_2 * _x1 / E");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void printThenParseGivesAnEqualTree(String source) {
        Expr parsed = Expressions.parse(source);
        String printed = Expressions.print(parsed);
        Expr reparsed = Expressions.parse(printed);

        assertThat(reparsed).isEqualTo(parsed);
        assertThat(reparsed.hashCode()).isEqualTo(parsed.hashCode());
        assertThat(Expressions.print(reparsed)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void printThenParseEvaluatesAlike(String source) {
        Expr parsed = Expressions.parse(source);
        Expr reparsed = Expressions.parse(Expressions.print(parsed));
        Map<String, Real> point = new HashMap<>();
        double value = 0.37;
        for (String name : Expressions.variables(parsed)) {
            point.put(name, new Real(value));
            value += 0.21;
        }
        double expected = Expressions.evaluate(parsed, point, new Real(0)).value();
        assertThat(Expressions.evaluate(reparsed, point, new Real(0)).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {0, 1, 0.1, 0.5, 1.0 / 3, 2.5e-8, 1e15, 1e16, 123456789012345678.0, 9007199254740993.0,
            Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Math.PI, 1e-5, 1e7, 12345.678})
    void printsEveryConstantSoThatItReadsBackExactly(double value) {
        Expr tree = new Expr.Binary(Operator.POW, new Expr.Constant(value), new Expr.Negate(new Expr.Constant(value)));
        assertThat(Expressions.parse(Expressions.print(tree))).isEqualTo(tree);
    }

    @Test
    void printsBuiltTreesSoThatTheyParseBack() {
        Expr x = new Expr.Variable("x");
        Expr y = new Expr.Variable("y");
        List<Expr> trees = List.of(
                new Expr.Negate(new Expr.Negate(new Expr.Negate(x))),
                new Expr.Binary(Operator.POW, new Expr.Negate(x), new Expr.Negate(new Expr.Negate(y))),
                new Expr.Binary(Operator.SUB, x, new Expr.Binary(Operator.ADD, x, y)),
                new Expr.Binary(Operator.DIV, new Expr.Binary(Operator.MUL, x, y), new Expr.Binary(Operator.DIV, x, y)),
                new Expr.Binary(Operator.POW, new Expr.Binary(Operator.POW, x, y), new Expr.Binary(Operator.POW, x, y)),
                new Expr.Binary(Operator.POW, new Expr.Call("sin", x), new Expr.Negate(new Expr.Binary(Operator.MUL, x, y))),
                new Expr.Negate(new Expr.Constant(0)),
                new Expr.Call("max", new Expr.Negate(x), new Expr.Binary(Operator.SUB, y, new Expr.Negate(x))));
        for (Expr tree : trees) {
            assertThat(Expressions.parse(Expressions.print(tree))).as(Expressions.print(tree)).isEqualTo(tree);
        }
    }

    @Test
    void toStringIsThePrintedText() {
        Expr tree = Expressions.parse("log(x1) + x1*x2 - sin(x2)");
        assertThat(tree).hasToString("log(x1) + x1 * x2 - sin(x2)");
        assertThat(Expressions.compile(tree)).hasToString("log(x1) + x1 * x2 - sin(x2)");
    }
}
