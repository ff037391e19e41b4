package org.adcheck.verification.backend.hipparchus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.adcheck.ad.Num;
import org.adcheck.ad.NumFunction;
import org.adcheck.expr.Expressions;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.ForwardAdBackend;
import org.adcheck.verification.backend.PointResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HipparchusBackendTests {

    private static final Backend HIPPARCHUS = new HipparchusBackend();
    private static final Backend FORWARD_AD = new ForwardAdBackend();

    /** Both are analytic: they may differ only by rounding, a few ulps amplified by a few operations. */
    private static final double RELATIVE_TOLERANCE = 1e-12;

    private static final int POINTS_PER_METHOD = 40;

    /** Worst relative difference measured per method, printed after the class. */
    private static final Map<Method, Double> WORST = new ConcurrentHashMap<>();

    // ------------------------------------------------------------ identity

    @Test
    void nameIsHipparchusAndVersionNamesTheJarThatRan() {
        assertThat(HIPPARCHUS.name()).isEqualTo("hipparchus");
        assertThat(HIPPARCHUS.version()).isEqualTo("Hipparchus 4.0.3 Gradient");
    }

    @Test
    void seedFormulaGivesTheGoldenValueAndGradient() {
        PointResult r = at("log(x1) + x1*x2 - sin(x2)", 2.0, 5.0);

        assertThat(r.value()).isEqualTo(11.652071455223084);
        assertThat(r.gradient()[0]).isEqualTo(5.5);
        assertThat(r.gradient()[1]).isEqualTo(1.7163378145367738).isEqualTo(2.0 - Math.cos(5.0));
        assertThat(r.hasEstimates()).isFalse();
    }

    @Test
    void evaluatesABatchPointByPointInOrder() {
        NumFunction seed = compile("log(x1) + x1*x2 - sin(x2)");
        double[][] points = {{2.0, 5.0}, {1.0, 0.0}, {3.0, -1.0}};

        var batch = HIPPARCHUS.evaluate(seed, points);

        assertThat(batch.backend()).isEqualTo("hipparchus");
        assertThat(batch.size()).isEqualTo(3);
        assertThat(batch.point(1).value()).isEqualTo(0.0);
        assertThat(batch.point(1).gradient()).containsExactly(1.0, 0.0);
        assertThat(batch.point(2).gradient()[1]).isCloseTo(3.0 - Math.cos(-1.0), org.assertj.core.data.Offset.offset(1e-15));
    }

    // ------------------------------------------------------------ every Num method against VectorDual

    @ParameterizedTest
    @EnumSource(Method.class)
    void everyNumMethodAgreesWithVectorDualAtSmoothPoints(Method method) {
        NumFunction f = method.function();
        double[][] points = method.points(POINTS_PER_METHOD);
        var hipparchus = HIPPARCHUS.evaluate(f, points);
        var forwardAd = FORWARD_AD.evaluate(f, points);

        double worst = 0.0;
        for (int i = 0; i < points.length; i++) {
            PointResult h = hipparchus.point(i);
            PointResult v = forwardAd.point(i);
            worst = Math.max(worst, relativeDifference(h.value(), v.value()));
            for (int j = 0; j < 2; j++) {
                double d = relativeDifference(h.gradient()[j], v.gradient()[j]);
                assertThat(d)
                        .as("%s at (x=%s, y=%s), partial %d: hipparchus %s, forward-ad %s",
                                method, points[i][0], points[i][1], j, h.gradient()[j], v.gradient()[j])
                        .isLessThanOrEqualTo(RELATIVE_TOLERANCE);
                worst = Math.max(worst, d);
            }
            assertThat(relativeDifference(h.value(), v.value()))
                    .as("%s value at (x=%s, y=%s)", method, points[i][0], points[i][1])
                    .isLessThanOrEqualTo(RELATIVE_TOLERANCE);
        }
        WORST.put(method, worst);
    }

    @AfterAll
    static void printWorstRelativeDifferences() {
        List<Map.Entry<Method, Double>> rows = new ArrayList<>(WORST.entrySet());
        rows.sort(Map.Entry.<Method, Double>comparingByValue(Comparator.reverseOrder()));
        StringBuilder out = new StringBuilder("hipparchus vs forward-ad, max relative difference over "
                + POINTS_PER_METHOD + " smooth points per method (value and partials):\n");
        for (var row : rows) {
            out.append(String.format("  %-16s %.3e%n", row.getKey().name().toLowerCase(), row.getValue()));
        }
        System.out.print(out);
    }

    // ------------------------------------------------------------ convention differences, pinned

    @Test
    void absFollowsTheSignBitAtZeroWhereForwardAdGivesZero() {
        assertThat(at("abs(x)", 0.0).gradient()).containsExactly(1.0);
        assertThat(at("abs(x)", -0.0).gradient()).containsExactly(-1.0);
        assertThat(forwardAdAt("abs(x)", 0.0).gradient()).containsExactly(0.0);
        assertThat(forwardAdAt("abs(x)", -0.0).gradient()).containsExactly(0.0);
    }

    @Test
    void maxAndMinGiveTheWholeDerivativeToTheSecondArgumentAtATie() {
        assertThat(at("max(x, y)", 1.0, 1.0).gradient()).containsExactly(0.0, 1.0);
        assertThat(at("min(x, y)", 1.0, 1.0).gradient()).containsExactly(0.0, 1.0);
        assertThat(forwardAdAt("max(x, y)", 1.0, 1.0).gradient()).containsExactly(0.5, 0.5);
        assertThat(forwardAdAt("min(x, y)", 1.0, 1.0).gradient()).containsExactly(0.5, 0.5);
    }

    @Test
    void hypotHasNaNPartialsAtTheOrigin() {
        assertThat(at("hypot(x, y)", 0.0, 0.0).value()).isEqualTo(0.0);
        assertThat(at("hypot(x, y)", 0.0, 0.0).gradient()).containsExactly(Double.NaN, Double.NaN);
        assertThat(forwardAdAt("hypot(x, y)", 0.0, 0.0).gradient()).containsExactly(0.0, 0.0);
    }

    @Test
    void reluAtZeroAndAtan2AtTheOriginFollowTheSameConventionAsForwardAd() {
        assertThat(at("relu(x)", 0.0)).isEqualTo(forwardAdAt("relu(x)", 0.0));
        assertThat(at("relu(x)", -0.0).gradient()).containsExactly(0.0);
        assertThat(at("atan2(y, x)", 0.0, 0.0)).isEqualTo(forwardAdAt("atan2(y, x)", 0.0, 0.0));
    }

    @Test
    void variablePowerIsExpOfYLogXSoAZeroOrNegativeBaseGivesNaN() {
        assertThat(at("x^y", 0.0, 2.0).value()).isEqualTo(0.0);
        assertThat(at("x^y", 0.0, 2.0).gradient()).containsExactly(Double.NaN, Double.NaN);
        assertThat(forwardAdAt("x^y", 0.0, 2.0).gradient()).containsExactly(0.0, 0.0);

        assertThat(at("x^y", 0.0, 0.0).value()).isNaN();
        assertThat(forwardAdAt("x^y", 0.0, 0.0).value()).isEqualTo(1.0);

        assertThat(at("x^y", -2.0, 3.0).value()).isNaN();
        assertThat(forwardAdAt("x^y", -2.0, 3.0).value()).isEqualTo(-8.0);
        assertThat(forwardAdAt("x^y", -2.0, 3.0).gradient()[0]).isEqualTo(12.0);
    }

    @Test
    void constantPowerBelowOneIsNaNAtZero() {
        assertThat(at("x^0.5", 0.0).value()).isNaN();
        assertThat(at("x^-1", 0.0).value()).isNaN();
        assertThat(at("x^-1.5", 0.0).value()).isNaN();
        assertThat(forwardAdAt("x^0.5", 0.0).value()).isEqualTo(0.0);
        assertThat(forwardAdAt("x^-1.5", 0.0).value()).isEqualTo(Double.POSITIVE_INFINITY);
        // from c = 1 up, and at c = 0, both agree
        assertThat(at("x^2.5", 0.0)).isEqualTo(forwardAdAt("x^2.5", 0.0));
        assertThat(at("x^1", 0.0)).isEqualTo(forwardAdAt("x^1", 0.0));
        assertThat(at("x^0", 0.0)).isEqualTo(forwardAdAt("x^0", 0.0));
    }

    @Test
    void zeroToAVariablePowerIsAlwaysZero() {
        assertThat(at("0^x", 0.0).value()).isEqualTo(0.0);
        assertThat(at("0^x", -1.0).value()).isEqualTo(0.0);
        assertThat(forwardAdAt("0^x", 0.0).value()).isEqualTo(1.0);
        assertThat(forwardAdAt("0^x", -1.0).value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(at("0^x", 2.0)).isEqualTo(forwardAdAt("0^x", 2.0));
    }

    @Test
    void anInfiniteLocalDerivativePutsNaNIntoUnrelatedPartials() {
        for (String e : List.of("sqrt(y) + x", "log(y) + x", "1/y + x", "cbrt(y) + x")) {
            assertThat(at(e, 0.0, 1.0).gradient()[1]).as(e).isNaN();
            assertThat(forwardAdAt(e, 0.0, 1.0).gradient()[1]).as(e).isEqualTo(1.0);
        }
        assertThat(at("asin(y) + x", 1.0, 1.0).gradient()[1]).isNaN();
        assertThat(at("exp(y) + x", 1000.0, 1.0).gradient()[1]).isNaN();
    }

    @Test
    void tanhDerivativeLosesRelativeAccuracyInTheTails() {
        double h = at("tanh(x)", 8.0).gradient()[0];
        double v = forwardAdAt("tanh(x)", 8.0).gradient()[0];
        assertThat(relativeDifference(h, v)).isBetween(1e-10, 1e-9);
        assertThat(at("tanh(x)", 19.0).gradient()).containsExactly(0.0);
        assertThat(forwardAdAt("tanh(x)", 19.0).gradient()[0]).isPositive();
    }

    @Test
    void asinhAndAcoshOverflowForHugeArguments() {
        assertThat(at("asinh(x)", 1e300).value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(at("asinh(x)", -1e200).value()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(at("acosh(x)", 1e300).value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(forwardAdAt("asinh(x)", 1e300).value()).isCloseTo(691.4686750787736, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(forwardAdAt("acosh(x)", 1e300).value()).isCloseTo(691.4686750787736, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void composedLog2IsAnUlpOffAtSomePowersOfTwo() {
        assertThat(at("log2(x)", 0x1p29).value()).isEqualTo(29.000000000000004);
        assertThat(forwardAdAt("log2(x)", 0x1p29).value()).isEqualTo(29.0);
        assertThat(at("log2(x)", 8.0).value()).isEqualTo(3.0);
    }

    @Test
    void aNaNArgumentGivesDifferentPartialsInAbsReluMaxAndMin() {
        assertThat(at("abs(x)", Double.NaN).gradient()).containsExactly(1.0);
        assertThat(forwardAdAt("abs(x)", Double.NaN).gradient()).containsExactly(Double.NaN);
        assertThat(at("relu(x)", Double.NaN).gradient()).containsExactly(1.0);
        assertThat(forwardAdAt("relu(x)", Double.NaN).gradient()).containsExactly(0.0);
        assertThat(at("max(x, y)", Double.NaN, 1.0).gradient()).containsExactly(1.0, 0.0);
        assertThat(at("min(x, y)", Double.NaN, 1.0).gradient()).containsExactly(1.0, 0.0);
        assertThat(forwardAdAt("max(x, y)", Double.NaN, 1.0).gradient()).containsExactly(1.0, 1.0);
        assertThat(forwardAdAt("min(x, y)", Double.NaN, 1.0).gradient()).containsExactly(1.0, 1.0);
    }

    @Test
    void conventionDifferencesNameTheKinkFunctionsAndDescribeThemselves() {
        assertThat(HipparchusBackend.KINK_CONVENTION_FUNCTIONS).containsExactlyInAnyOrder("abs", "max", "min", "hypot");
        assertThat(HipparchusBackend.conventionDifferences("abs").get(0).describe())
                .isEqualTo("convention difference (hipparchus: abs'(+0) = +1, abs'(−0) = −1; forward-ad: abs'(±0) = 0)");
        assertThat(HipparchusBackend.conventionDifferences("sin"))
                .extracting(ConventionDifference::function)
                .containsExactly("*");
    }

    // ------------------------------------------------------------ helpers

    private static PointResult at(String expression, double... point) {
        return HIPPARCHUS.evaluate(compile(expression), new double[][] {point}).point(0);
    }

    private static PointResult forwardAdAt(String expression, double... point) {
        return FORWARD_AD.evaluate(compile(expression), new double[][] {point}).point(0);
    }

    private static NumFunction compile(String expression) {
        return Expressions.compile(Expressions.parse(expression));
    }

    /** |a − b| / max(|a|, |b|); 0 when they are equal (both zero included), NaN-safe: NaN vs non-NaN is 1. */
    static double relativeDifference(double a, double b) {
        if (Double.compare(a, b) == 0 || a == b) {
            return 0.0;
        }
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return 1.0;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    /** Every method of {@link Num}, with a domain of smooth points for each argument. */
    enum Method {
        CONSTANT(-3, 3, -3, 3),
        ADD(-3, 3, -3, 3),
        ADD_CONSTANT(-3, 3, -3, 3),
        SUB(-3, 3, -3, 3),
        SUB_CONSTANT(-3, 3, -3, 3),
        RSUB(-3, 3, -3, 3),
        MUL(-3, 3, -3, 3),
        MUL_CONSTANT(-3, 3, -3, 3),
        DIV(-3, 3, 0.5, 3),
        DIV_CONSTANT(-3, 3, -3, 3),
        RDIV(0.5, 3, -3, 3),
        NEG(-3, 3, -3, 3),
        POW(0.2, 4, -2.5, 2.5),
        POW_INTEGER(-3, 3, -3, 3),
        POW_FRACTION(0.2, 4, -3, 3),
        POW_NEGATIVE(0.2, 4, -3, 3),
        RPOW(-2, 2, -3, 3),
        EXP(-5, 5, -3, 3),
        EXPM1(-2, 2, -3, 3),
        LOG(0.1, 10, -3, 3),
        LOG1P(-0.9, 5, -3, 3),
        LOG2(0.1, 10, -3, 3),
        LOG10(0.1, 10, -3, 3),
        SQRT(0.1, 10, -3, 3),
        CBRT(-5, 5, -3, 3),
        SIN(-6, 6, -3, 3),
        COS(-6, 6, -3, 3),
        TAN(-1.4, 1.4, -3, 3),
        ASIN(-0.95, 0.95, -3, 3),
        ACOS(-0.95, 0.95, -3, 3),
        ATAN(-5, 5, -3, 3),
        ATAN2(-3, 3, -3, 3),
        SINH(-5, 5, -3, 3),
        COSH(-5, 5, -3, 3),
        TANH(-3, 3, -3, 3),
        ASINH(-5, 5, -3, 3),
        ACOSH(1.1, 10, -3, 3),
        ATANH(-0.95, 0.95, -3, 3),
        ABS(-3, 3, -3, 3),
        SIGMOID(-6, 6, -3, 3),
        SOFTPLUS(-6, 6, -3, 3),
        RELU(-3, 3, -3, 3),
        ERF(-3, 3, -3, 3),
        HYPOT(-3, 3, -3, 3),
        MIN(-3, 3, -3, 3),
        MAX(-3, 3, -3, 3),
        SELECT(-3, 3, -3, 3);

        private final double xLow;
        private final double xHigh;
        private final double yLow;
        private final double yHigh;

        Method(double xLow, double xHigh, double yLow, double yHigh) {
            this.xLow = xLow;
            this.xHigh = xHigh;
            this.yLow = yLow;
            this.yHigh = yHigh;
        }

        /**
         * Applies the method to x (and y where it takes a second argument). A one-argument method is
         * multiplied by y, so that y has a partial too, without the cancellation an added y could cause.
         */
        <T extends Num<T>> T apply(T x, T y) {
            return switch (this) {
                case CONSTANT -> x.constant(2.5).mul(y);
                case ADD -> x.add(y);
                case ADD_CONSTANT -> x.add(1.7).mul(y);
                case SUB -> x.sub(y);
                case SUB_CONSTANT -> x.sub(1.7).mul(y);
                case RSUB -> x.rsub(1.7).mul(y);
                case MUL -> x.mul(y);
                case MUL_CONSTANT -> x.mul(1.7).mul(y);
                case DIV -> x.div(y);
                case DIV_CONSTANT -> x.div(1.7).mul(y);
                case RDIV -> x.rdiv(1.7).mul(y);
                case NEG -> x.neg().mul(y);
                case POW -> x.pow(y);
                case POW_INTEGER -> x.pow(3.0).mul(y);
                case POW_FRACTION -> x.pow(2.5).mul(y);
                case POW_NEGATIVE -> x.pow(-1.5).mul(y);
                case RPOW -> x.rpow(3.0).mul(y);
                case EXP -> x.exp().mul(y);
                case EXPM1 -> x.expm1().mul(y);
                case LOG -> x.log().mul(y);
                case LOG1P -> x.log1p().mul(y);
                case LOG2 -> x.log2().mul(y);
                case LOG10 -> x.log10().mul(y);
                case SQRT -> x.sqrt().mul(y);
                case CBRT -> x.cbrt().mul(y);
                case SIN -> x.sin().mul(y);
                case COS -> x.cos().mul(y);
                case TAN -> x.tan().mul(y);
                case ASIN -> x.asin().mul(y);
                case ACOS -> x.acos().mul(y);
                case ATAN -> x.atan().mul(y);
                case ATAN2 -> y.atan2(x);
                case SINH -> x.sinh().mul(y);
                case COSH -> x.cosh().mul(y);
                case TANH -> x.tanh().mul(y);
                case ASINH -> x.asinh().mul(y);
                case ACOSH -> x.acosh().mul(y);
                case ATANH -> x.atanh().mul(y);
                case ABS -> x.abs().mul(y);
                case SIGMOID -> x.sigmoid().mul(y);
                case SOFTPLUS -> x.softplus().mul(y);
                case RELU -> x.relu().mul(y);
                case ERF -> x.erf().mul(y);
                case HYPOT -> x.hypot(y);
                case MIN -> x.min(y);
                case MAX -> x.max(y);
                case SELECT -> x.select(x.mul(y), y.exp());
            };
        }

        NumFunction function() {
            Method method = this;
            return new NumFunction() {
                @Override
                public List<String> variables() {
                    return List.of("x", "y");
                }

                @Override
                public <T extends Num<T>> T apply(List<T> args, T zero) {
                    return method.apply(args.get(0), args.get(1));
                }
            };
        }

        double[][] points(int count) {
            SplittableRandom random = new SplittableRandom(0xADC4ECL + ordinal());
            double[][] points = new double[count][];
            for (int i = 0; i < count; i++) {
                points[i] = new double[] {
                    xLow + (xHigh - xLow) * random.nextDouble(), yLow + (yHigh - yLow) * random.nextDouble()
                };
            }
            return points;
        }
    }
}
