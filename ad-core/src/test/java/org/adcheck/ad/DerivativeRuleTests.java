package org.adcheck.ad;

import static org.adcheck.ad.NumericAssertions.assertClose;
import static org.adcheck.ad.NumericAssertions.assertWithinUlps;
import static org.adcheck.ad.UnaryFunction.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every function's derivative rule against its closed form, written here independently of the
 * code under test (often in a different but equivalent form: 1/(2 + 2 cosh x) for the sigmoid's
 * derivative, 1/hypot(1, x) for asinh's), at ordinary points and near the edges of each domain.
 */
class DerivativeRuleTests {

    /** Closed forms are evaluated in double too; 1e-13 leaves room for a few roundings on each side. */
    private static final double TOLERANCE = 1e-13;

    private static final double LN2 = Math.log(2);
    private static final double LN10 = Math.log(10);
    private static final double EDGE = 1 - 1e-12;

    private static Stream<Arguments> rule(UnaryFunction f, DoubleUnaryOperator derivative, double... points) {
        return Arrays.stream(points).mapToObj(x -> Arguments.of(f, x, derivative.applyAsDouble(x)));
    }

    static Stream<Arguments> unaryRules() {
        return Stream.of(
                rule(NEG, x -> -1, -2, 0, 5),
                rule(ADD_CONSTANT, x -> 1, -2, 0, 5),
                rule(SUB_CONSTANT, x -> 1, -2, 0, 5),
                rule(RSUB_CONSTANT, x -> -1, -2, 0, 5),
                rule(MUL_CONSTANT, x -> -3, -2, 0, 5),
                rule(DIV_CONSTANT, x -> 1.0 / 7, -2, 0, 5),
                rule(RDIV_CONSTANT, x -> -3 / (x * x), -2, 0.5, 1e-100, 5, 0),
                rule(POW_INTEGER, x -> 3 * x * x, -2, -1e-200, 0, 1.5, 1e100),
                rule(POW_NEGATIVE_INTEGER, x -> -2 / (x * x * x), -2, -0.5, 0.5, 3, 0),
                rule(POW_FRACTION, x -> 2.5 * Math.sqrt(x) * x, 0, 1e-10, 0.25, 4, 1e100),
                rule(POW_ZERO, x -> 0, -2, 0, 3, Double.POSITIVE_INFINITY),
                rule(RPOW, x -> Math.pow(2, x) * LN2, -1074, -3, 0, 0.5, 10, 1023),
                rule(EXP, Math::exp, -745, -700, -1, 0, 1e-12, 1, 700, 710),
                rule(EXPM1, Math::exp, -40, -1, -1e-12, 0, 1e-12, 1, 700),
                rule(LOG, x -> 1 / x, 1e-300, 1e-12, 0.5, 1, 2, 1e300, 0, -1),
                rule(LOG1P, x -> 1 / (1 + x), -1 + 1e-12, -0.5, -1e-12, 0, 1e-12, 1, 1e10, -1),
                rule(LOG2, x -> 1 / x / LN2, 1e-300, 0.5, 1, 8, 1e300, 0),
                rule(LOG10, x -> 1 / x / LN10, 1e-300, 0.5, 1, 1000, 1e300, 0),
                rule(SQRT, x -> 0.5 / Math.sqrt(x), 1e-300, 0.25, 1, 4, 1e300, 0),
                rule(CBRT, x -> Math.pow(Math.abs(x), -2.0 / 3) / 3, -27, -8, -1e-9, 1e-9, 1, 8, 1e300, 0),
                rule(SIN, Math::cos, -3, 0, 1e-12, 1, 1e6),
                rule(COS, x -> -Math.sin(x), -3, 0, 1e-12, 1, 1e6),
                rule(TAN, x -> 1 / (Math.cos(x) * Math.cos(x)), -1.5, 0, 1, 1.57),
                rule(ASIN, x -> 1 / (Math.sqrt(1 - x) * Math.sqrt(1 + x)),
                        -EDGE, -0.999999, -0.5, 0, 0.5, 0.999999, EDGE, 1, -1, 2),
                rule(ACOS, x -> -1 / (Math.sqrt(1 - x) * Math.sqrt(1 + x)),
                        -EDGE, -0.999999, -0.5, 0, 0.5, 0.999999, EDGE, 1, -1, 2),
                rule(ATAN, x -> 1 / (1 + x * x), -1e10, -1, 0, 1e-12, 1, 1e10),
                rule(SINH, Math::cosh, -700, -1, 0, 1, 700),
                rule(COSH, Math::sinh, -700, -1, 0, 1, 700),
                rule(TANH, x -> Math.pow(1 / Math.cosh(x), 2), -20, -5, -1, 0, 1, 5, 20, 400),
                rule(ASINH, x -> 1 / Math.hypot(1, x), -1e200, -1e10, -3, -1e-12, 0, 0.5, 3, 1e10, 1e200),
                rule(ACOSH, x -> 1 / (Math.sqrt(x - 1) * Math.sqrt(x + 1)),
                        1 + 1e-12, 1.5, 2, 10, 1e10, 1e200, 1, 0.5),
                rule(ATANH, x -> 1 / ((1 - x) * (1 + x)),
                        -EDGE, -0.999999, -0.5, -1e-12, 0, 0.5, 0.999999, EDGE, 1, -1, 2),
                rule(ABS, x -> x > 0 ? 1 : x < 0 ? -1 : 0, -2, -1e-300, 0, 1e-300, 2),
                rule(SIGMOID, x -> 1 / (2 + 2 * Math.cosh(x)), -750, -700, -30, -1, 0, 1, 30, 700, 750),
                rule(SOFTPLUS, x -> 1 / (1 + Math.exp(-x)), -750, -700, -30, -1, 0, 1, 30, 700, 750),
                rule(RELU, x -> x > 0 ? 1 : 0, -2, -1e-300, 0, 1e-300, 2),
                rule(ERF, x -> 2 / Math.sqrt(Math.PI) * Math.exp(-x * x), -27, -3, -0.5, 0, 1e-10, 0.5, 1, 3, 27))
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}''({1}) = {2}")
    @MethodSource("unaryRules")
    void unaryFunctionFollowsItsClosedFormDerivative(UnaryFunction f, double x, double expected) {
        assertClose(f + "'(" + x + ") through Dual", f.apply(Dual.variable(x)).tangent(), expected, TOLERANCE);
    }

    static Stream<Arguments> binaryRules() {
        double inf = Double.POSITIVE_INFINITY;
        double nan = Double.NaN;
        return Stream.of(
                // function, a, b, value, ∂/∂a, ∂/∂b
                Arguments.of(BinaryFunction.ADD, 2, 5, 7, 1, 1),
                Arguments.of(BinaryFunction.SUB, 2, 5, -3, 1, -1),
                Arguments.of(BinaryFunction.MUL, 2, 5, 10, 5, 2),
                Arguments.of(BinaryFunction.MUL, -3, 0.5, -1.5, 0.5, -3),
                Arguments.of(BinaryFunction.DIV, 1, 4, 0.25, 0.25, -1.0 / 16),
                Arguments.of(BinaryFunction.DIV, 3, -2, -1.5, -0.5, -0.75),
                Arguments.of(BinaryFunction.DIV, 1, 0, inf, inf, -inf),
                Arguments.of(BinaryFunction.DIV, 1e300, 1e-10, inf, 1e10, -inf),
                Arguments.of(BinaryFunction.POW, 2, 3, 8, 12, 8 * Math.log(2)),
                Arguments.of(BinaryFunction.POW, 4, 0.5, 2, 0.25, 2 * Math.log(4)),
                Arguments.of(BinaryFunction.POW, -2, 3, -8, 12, nan),
                Arguments.of(BinaryFunction.POW, 0, 0, 1, 0, 0),
                Arguments.of(BinaryFunction.POW, 0, 2, 0, 0, 0),
                Arguments.of(BinaryFunction.POW, 0, 1, 0, 1, 0),
                Arguments.of(BinaryFunction.POW, 0, -1, inf, -inf, -inf),
                Arguments.of(BinaryFunction.POW, -8, 1.0 / 3, nan, nan, nan),
                Arguments.of(BinaryFunction.POW, Math.E, 2, Math.exp(2), 2 * Math.E, Math.exp(2)),
                Arguments.of(BinaryFunction.ATAN2, 1, 1, Math.PI / 4, 0.5, -0.5),
                Arguments.of(BinaryFunction.ATAN2, 3, -4, Math.atan2(3, -4), -4.0 / 25, -3.0 / 25),
                Arguments.of(BinaryFunction.ATAN2, 0, 0, 0, nan, nan),
                Arguments.of(BinaryFunction.ATAN2, 1e300, 1e300, Math.PI / 4, 0.5e-300, -0.5e-300),
                Arguments.of(BinaryFunction.ATAN2, 1e-300, 2e-300, Math.atan2(1, 2), 4e299, -2e299),
                Arguments.of(BinaryFunction.ATAN2, -2, 0, -Math.PI / 2, 0, 0.5),
                Arguments.of(BinaryFunction.HYPOT, 3, 4, 5, 0.6, 0.8),
                Arguments.of(BinaryFunction.HYPOT, -3, 4, 5, -0.6, 0.8),
                Arguments.of(BinaryFunction.HYPOT, 0, 0, 0, 0, 0),
                Arguments.of(BinaryFunction.HYPOT, 3e300, 4e300, 5e300, 0.6, 0.8),
                Arguments.of(BinaryFunction.HYPOT, 3e-300, 4e-300, 5e-300, 0.6, 0.8),
                Arguments.of(BinaryFunction.MIN, 2, 5, 2, 1, 0),
                Arguments.of(BinaryFunction.MIN, 5, 2, 2, 0, 1),
                Arguments.of(BinaryFunction.MIN, 3, 3, 3, 0.5, 0.5),
                Arguments.of(BinaryFunction.MIN, nan, 3, nan, 1, 1),
                Arguments.of(BinaryFunction.MAX, 2, 5, 5, 0, 1),
                Arguments.of(BinaryFunction.MAX, 5, 2, 5, 1, 0),
                Arguments.of(BinaryFunction.MAX, 3, 3, 3, 0.5, 0.5),
                Arguments.of(BinaryFunction.MAX, 3, nan, nan, 1, 1),
                // select(a·b, sin b) on the sign of a
                Arguments.of(BinaryFunction.SELECT_ON_A, 2, 5, 10, 5, 2),
                Arguments.of(BinaryFunction.SELECT_ON_A, -1, 5, Math.sin(5), 0, Math.cos(5)),
                Arguments.of(BinaryFunction.SELECT_ON_A, 0, 5, Math.sin(5), 0, Math.cos(5)));
    }

    @ParameterizedTest(name = "{0}({1}, {2}) = {3}, partials ({4}, {5})")
    @MethodSource("binaryRules")
    void binaryFunctionFollowsItsClosedFormPartials(BinaryFunction f, double a, double b,
                                                    double value, double byA, double byB) {
        String at = f + "(" + a + ", " + b + ")";
        Dual seededOnA = f.apply(Dual.variable(a), Dual.constantOf(b));
        Dual seededOnB = f.apply(Dual.constantOf(a), Dual.variable(b));
        VectorDual both = f.apply(VectorDual.variable(0, 2, a), VectorDual.variable(1, 2, b));

        assertClose("value of " + at, seededOnA.value(), value, TOLERANCE);
        assertClose("∂/∂a of " + at + " through Dual", seededOnA.tangent(), byA, TOLERANCE);
        assertClose("∂/∂b of " + at + " through Dual", seededOnB.tangent(), byB, TOLERANCE);
        assertClose("∂/∂a of " + at + " through VectorDual", both.partial(0), byA, TOLERANCE);
        assertClose("∂/∂b of " + at + " through VectorDual", both.partial(1), byB, TOLERANCE);
    }

    /**
     * Values and derivatives against 30-digit mpmath references (src/test/resources/
     * elementary-reference.py), for the functions adcheck implements itself and for the derivatives
     * it forms specially near domain edges: this is where an accurate form and a naive one part.
     */
    static Stream<Arguments> highPrecisionReferences() throws IOException {
        try (InputStream in = DerivativeRuleTests.class.getResourceAsStream("/elementary-reference.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = reader.lines().skip(1).map(line -> line.split(",")).collect(Collectors.toList());
            return rows.stream().map(row -> Arguments.of(row[0], Double.parseDouble(row[1]), row[2], row[3]));
        }
    }

    /** ulps allowed for the value and the derivative of each function; see the class javadoc. */
    private static final Map<String, double[]> ULPS = Map.ofEntries(
            Map.entry("asinh", new double[] {2, 3}),
            Map.entry("acosh", new double[] {2, 3}),
            Map.entry("atanh", new double[] {2, 3}),
            Map.entry("log2", new double[] {2, 2}),
            Map.entry("sigmoid", new double[] {2, 4}),
            Map.entry("softplus", new double[] {2, 2}),
            Map.entry("tanh", new double[] {3, 8}),
            Map.entry("asin", new double[] {2, 3}),
            Map.entry("acos", new double[] {2, 3}),
            Map.entry("expm1", new double[] {2, 2}),
            Map.entry("log1p", new double[] {2, 2}),
            Map.entry("erf", new double[] {2, 4}));

    @ParameterizedTest(name = "{0}({1}) = {2}, derivative {3}")
    @MethodSource("highPrecisionReferences")
    void matchesHighPrecisionReference(String function, double x, String value, String derivative) {
        UnaryFunction f = UnaryFunction.valueOf(function.toUpperCase());
        Dual result = f.apply(Dual.variable(x));
        double[] ulps = ULPS.get(function);
        assertWithinUlps(function + "(" + x + ")", result.value(), value, ulps[0]);
        assertWithinUlps(function + "'(" + x + ")", result.tangent(), derivative, ulps[1]);
    }
}
