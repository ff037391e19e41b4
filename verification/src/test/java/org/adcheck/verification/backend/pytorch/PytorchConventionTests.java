package org.adcheck.verification.backend.pytorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.adcheck.ad.VectorDual;
import org.adcheck.expr.CompiledExpression;
import org.adcheck.expr.Expressions;
import org.adcheck.verification.backend.PointResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the pytorch backend gives at kinks, at domain boundaries and off the domain, pinned value by
 * value. PyTorch's conventions are the reference ({@code abs'(0) = 0}, {@code relu'(0) = 0}, a tie
 * in min/max gives ½ to each side); off the domain the values are IEEE's (NaN, ±∞) and the
 * derivatives are the closed forms evaluated in IEEE arithmetic. Where forward-ad ({@link
 * VectorDual}) reports the same numbers, the table says so and the test checks it.
 */
class PytorchConventionTests {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;
    private static final boolean SAME_IN_FORWARD_AD = true;

    static Stream<Arguments> cases() {
        return Stream.of(
                // kinks: PyTorch's conventions
                pinned("abs(x)", 0, 0, 0, SAME_IN_FORWARD_AD),
                pinned("relu(x)", 0, 0, 0, SAME_IN_FORWARD_AD),
                pinned2("max(x, y)", 1, 1, 1, 0.5, 0.5, SAME_IN_FORWARD_AD),
                pinned2("min(x, y)", -2, -2, -2, 0.5, 0.5, SAME_IN_FORWARD_AD),
                pinned2("hypot(x, y)", 0, 0, 0, 0, 0, SAME_IN_FORWARD_AD),
                pinned("softplus(x)", 0, Math.log(2), 0.5, SAME_IN_FORWARD_AD),
                pinned("asinh(x)", 0, 0, 1, SAME_IN_FORWARD_AD),
                pinned("atanh(x)", 0, 0, 1, SAME_IN_FORWARD_AD),
                pinned("cbrt(x)", 0, 0, INF, SAME_IN_FORWARD_AD),
                pinned("sqrt(x)", 0, 0, INF, SAME_IN_FORWARD_AD),
                // Reverse mode multiplies sqrt'(0) = ∞ by (x²)' = 0 and gets NaN; forward-ad keeps a
                // zero tangent zero and gives 0. A convention difference, not a bug on either side.
                pinned("sqrt(x^2)", 0, 0, NAN, !SAME_IN_FORWARD_AD),
                // domain boundaries
                pinned("log(x)", 0, -INF, INF, SAME_IN_FORWARD_AD),
                pinned("log1p(x)", -1, -INF, INF, SAME_IN_FORWARD_AD),
                pinned("acosh(x)", 1, 0, INF, SAME_IN_FORWARD_AD),
                pinned("atanh(x)", 1, INF, INF, SAME_IN_FORWARD_AD),
                pinned("atanh(x)", -1, -INF, INF, SAME_IN_FORWARD_AD),
                pinned("asin(x)", 1, Math.PI / 2, INF, SAME_IN_FORWARD_AD),
                pinned("1/x", 0, INF, -INF, SAME_IN_FORWARD_AD),
                pinned2("x^y", 0, 0, 1, 0, 0, SAME_IN_FORWARD_AD),
                pinned2("atan2(x, y)", 0, 0, 0, NAN, NAN, SAME_IN_FORWARD_AD),
                // off the domain: NaN values, closed-form derivatives in IEEE arithmetic
                pinned("log(x)", -1, NAN, -1, SAME_IN_FORWARD_AD),
                pinned("sqrt(x)", -1, NAN, NAN, SAME_IN_FORWARD_AD),
                pinned("asin(x)", 2, NAN, NAN, SAME_IN_FORWARD_AD),
                pinned("acosh(x)", 0.5, NAN, NAN, SAME_IN_FORWARD_AD),
                pinned("acosh(x)", -2, NAN, 1 / Math.sqrt(3), SAME_IN_FORWARD_AD),
                pinned("atanh(x)", 2, NAN, -1.0 / 3, SAME_IN_FORWARD_AD),
                pinned("log1p(x)", -2, NAN, -1, SAME_IN_FORWARD_AD),
                pinned("x^(1/3)", -8, NAN, NAN, SAME_IN_FORWARD_AD),
                pinned2("x^y", -2, 0.5, NAN, NAN, NAN, SAME_IN_FORWARD_AD),
                pinned("x^3", -2, -8, 12, SAME_IN_FORWARD_AD),
                // overflow
                pinned("exp(x)", 1000, INF, INF, SAME_IN_FORWARD_AD),
                pinned("sinh(x)", 710, 1.1169973830808557E308, 1.1169973830808557E308, SAME_IN_FORWARD_AD),
                pinned2("hypot(x, y)", INF, 1, INF, NAN, 0, SAME_IN_FORWARD_AD),
                // a NaN argument: PyTorch's abs and relu backward give 0 and 1 (forward-ad: NaN and 0)
                pinned("abs(x)", NAN, NAN, 0, !SAME_IN_FORWARD_AD),
                pinned("relu(x)", NAN, NAN, 1, !SAME_IN_FORWARD_AD));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("cases")
    void pinsValueAndGradient(String expression, List<Double> point, double value, List<Double> gradient,
            boolean sameInForwardAd) {
        CompiledExpression f = Expressions.compile(Expressions.parse(expression),
                point.size() == 1 ? List.of("x") : List.of("x", "y"));
        double[] at = point.stream().mapToDouble(Double::doubleValue).toArray();

        PointResult result = new PytorchBackend().evaluate(f, new double[][] {at}).point(0);

        assertSame(expression + " value", value, result.value());
        for (int j = 0; j < gradient.size(); j++) {
            assertSame(expression + " partial " + j, gradient.get(j), result.gradient()[j]);
        }
        VectorDual forward = PytorchOperationTests.vectorDualOf(f, at);
        boolean agrees = same(value, forward.value());
        for (int j = 0; j < gradient.size(); j++) {
            agrees &= same(gradient.get(j), forward.partial(j));
        }
        assertThat(agrees).as("forward-ad gives the same numbers (value %s, gradient %s)",
                forward.value(), java.util.Arrays.toString(forward.gradient())).isEqualTo(sameInForwardAd);
    }

    private static Arguments pinned(String expression, double x, double value, double derivative, boolean same) {
        return Arguments.of(expression, List.of(x), value, List.of(derivative), same);
    }

    private static Arguments pinned2(String expression, double x, double y, double value, double dx, double dy,
            boolean same) {
        return Arguments.of(expression, List.of(x, y), value, List.of(dx, dy), same);
    }

    /** Equal as numbers (so −0 = 0), NaN only to NaN, with 1e-15 relative slack for finite values. */
    private static boolean same(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual) || Double.isInfinite(expected)) {
            return Double.compare(expected, actual) == 0;
        }
        return Math.abs(expected - actual) <= 1e-15 * Math.abs(expected);
    }

    private static void assertSame(String what, double expected, double actual) {
        assertThat(same(expected, actual)).as("%s: expected %s, got %s", what, expected, actual).isTrue();
    }
}
