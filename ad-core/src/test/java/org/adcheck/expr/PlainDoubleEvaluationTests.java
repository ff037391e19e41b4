package org.adcheck.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.adcheck.ad.Real;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CompiledExpression#applyAsDouble} is {@code apply} over {@link Real}, bit for bit. */
class PlainDoubleEvaluationTests {

    @ParameterizedTest
    @ValueSource(strings = {
        "log(x1) + x1*x2 - sin(x2)", "x^y + 2^x - y^3 + x**0.5", "-x^2 / (1 + y) - 3/x + 2 - y",
        "exp(x) + expm1(y) + log(abs(x) + 1) + log1p(y*y) + log2(3 + x) + log10(4 + y)",
        "sqrt(x*x + 1) + cbrt(y) + sin(x) * cos(y) + tan(x / 3)",
        "asin(tanh(x)) + acos(tanh(y) * 0.5) + atan(x) + atan2(y, x) + hypot(x, y)",
        "sinh(x) + cosh(y) + tanh(x*y) + asinh(x) + acosh(2 + y*y) + atanh(0.5*tanh(x))",
        "abs(x) + sigmoid(y) + softplus(x) + relu(y) + erf(x) + min(x, y) + max(x, y) + ln(2) * pi - e",
        "pow(abs(x) + 1, y) + x - x", "3.5",
    })
    void plainDoublesGiveExactlyWhatRealGives(String text) {
        CompiledExpression f = Expressions.compile(Expressions.parse(text));
        SplittableRandom random = new SplittableRandom(text.hashCode());
        for (int i = 0; i < 200; i++) {
            double[] x = new double[f.variables().size()];
            List<Real> reals = new ArrayList<>();
            for (int j = 0; j < x.length; j++) {
                x[j] = i == 0 ? 0.0 : -4 + 8 * random.nextDouble();
                reals.add(new Real(x[j]));
            }
            double expected = f.apply(reals, new Real(0)).value();
            assertThat(Double.doubleToLongBits(f.applyAsDouble(x))).as("%s at %s", text, java.util.Arrays.toString(x))
                    .isEqualTo(Double.doubleToLongBits(expected));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void theWrongNumberOfArgumentsIsRejected(int count) {
        CompiledExpression f = Expressions.compile(Expressions.parse("x + 1"));
        assertThatThrownBy(() -> f.applyAsDouble(new double[count]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 1 argument [x], got " + count);
    }

    @org.junit.jupiter.api.Test
    void theLargestIntermediateIsWhatTheValueIsComputedFrom() {
        assertThat(Expressions.compile(Expressions.parse("log10(0.5 + sigmoid(z))")).largestIntermediate(new double[] {0}))
                .isEqualTo(1.0);
        assertThat(Expressions.compile(Expressions.parse("x * 1000 - 999 * x")).largestIntermediate(new double[] {2}))
                .isEqualTo(2000.0);
        assertThat(Expressions.compile(Expressions.parse("exp(x) - exp(x)")).largestIntermediate(new double[] {1000}))
                .as("non-finite intermediates are ignored").isEqualTo(1000.0);
    }
}
