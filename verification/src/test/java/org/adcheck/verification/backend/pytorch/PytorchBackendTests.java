package org.adcheck.verification.backend.pytorch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.adcheck.ad.Num;
import org.adcheck.ad.NumFunction;
import org.adcheck.expr.Expressions;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.PointResult;
import org.junit.jupiter.api.Test;

class PytorchBackendTests {

    private static final PytorchBackend BACKEND = new PytorchBackend();

    /** The tutorial's function, written once over the algebra. */
    static final NumFunction SEED = new NumFunction() {
        @Override
        public List<String> variables() {
            return List.of("x1", "x2");
        }

        @Override
        public <T extends Num<T>> T apply(List<T> x, T zero) {
            return x.get(0).log().add(x.get(0).mul(x.get(1))).sub(x.get(1).sin());
        }
    };

    @Test
    void seedFormulaMatchesTheTutorialAtTwoFive() {
        PointResult result = BACKEND.evaluate(SEED, new double[][] {{2, 5}}).point(0);

        assertThat(result.value()).isCloseTo(11.652071455223084, within(11.652071455223084 * 1e-13));
        assertThat(result.gradient()[0]).isCloseTo(5.5, within(5.5 * 1e-13));
        assertThat(result.gradient()[1]).isCloseTo(1.7163378145367738, within(1.7163378145367738 * 1e-13));
        assertThat(result.hasEstimates()).isFalse();
    }

    @Test
    void seedFormulaParsedFromTextGivesTheSameNumbers() {
        NumFunction parsed = Expressions.compile(Expressions.parse("log(x1) + x1*x2 - sin(x2)"));

        assertThat(BACKEND.evaluate(parsed, new double[][] {{2, 5}}).point(0))
                .isEqualTo(BACKEND.evaluate(SEED, new double[][] {{2, 5}}).point(0));
    }

    @Test
    void nameIsPytorchAndVersionNamesPytorchAndDjl() {
        assertThat(BACKEND.name()).isEqualTo("pytorch");
        assertThat(BACKEND.version()).isEqualTo("PyTorch 2.7.1 (DJL 0.36.0)");
        assertThat(PytorchBackend.isAvailable()).isTrue();
        PytorchBackend.requireAvailable();
    }

    @Test
    void variableTheResultIgnoresGetsGradientZero() {
        NumFunction ignoresY = Expressions.compile(Expressions.parse("x^2"), List.of("x", "y"));

        BatchResult result = BACKEND.evaluate(ignoresY, new double[][] {{3, 1}, {-1, Double.NaN}});

        assertThat(result.point(0).gradient()).containsExactly(6.0, 0.0);
        assertThat(result.point(1).gradient()).containsExactly(-2.0, 0.0);
    }

    @Test
    void constantFunctionIsBroadcastToTheBatchWithZeroGradient() {
        NumFunction constant = Expressions.compile(Expressions.parse("2*pi + 1"), List.of("x"));

        BatchResult result = BACKEND.evaluate(constant, new double[][] {{1}, {2}, {3}});

        assertThat(result.size()).isEqualTo(3);
        for (PointResult point : result.points()) {
            assertThat(point.value()).isEqualTo(2 * Math.PI + 1);
            assertThat(point.gradient()).containsExactly(0.0);
        }
    }

    @Test
    void functionOfNoVariablesWorks() {
        NumFunction noVariables = Expressions.compile(Expressions.parse("exp(1)"));

        BatchResult result = BACKEND.evaluate(noVariables, new double[][] {{}, {}});

        assertThat(result.points()).extracting(PointResult::value).containsExactly(Math.E, Math.E);
        assertThat(result.point(0).gradient()).isEmpty();
    }

    @Test
    void constantConditionInSelectStillDifferentiatesTheBranch() {
        NumFunction f = new NumFunction() {
            @Override
            public List<String> variables() {
                return List.of("x");
            }

            @Override
            public <T extends Num<T>> T apply(List<T> x, T zero) {
                return zero.constant(1).select(x.get(0).mul(3), zero.constant(7));
            }
        };

        PointResult result = BACKEND.evaluate(f, new double[][] {{2}}).point(0);

        assertThat(result.value()).isEqualTo(6.0);
        assertThat(result.gradient()).containsExactly(3.0);
    }

    @Test
    void identityReturnsTheVariableItself() {
        NumFunction identity = Expressions.compile(Expressions.parse("x"));

        BatchResult result = BACKEND.evaluate(identity, new double[][] {{-0.25}, {4}});

        assertThat(result.points()).extracting(PointResult::value).containsExactly(-0.25, 4.0);
        assertThat(result.point(1).gradient()).containsExactly(1.0);
    }

    /**
     * Regression: constants built through DJL's {@code mul(Number)} overloads were freed before the
     * backward pass read them, and about 1 call in 3000 returned a garbage gradient.
     */
    @Test
    void constantsInTheGraphSurviveUntilTheBackwardPass() {
        NumFunction f = Expressions.compile(Expressions.parse("tanh(2*x) * 0.5 + x^3 / 7 - 2^x"));
        PointResult first = BACKEND.evaluate(f, new double[][] {{-3.4}}).point(0);

        for (int i = 0; i < 4000; i++) {
            assertThat(BACKEND.evaluate(f, new double[][] {{-3.4}}).point(0)).isEqualTo(first);
        }
    }

    @Test
    void emptyBatchGivesAnEmptyResult() {
        assertThat(BACKEND.evaluate(SEED, new double[0][]).size()).isZero();
    }

    @Test
    void pointWithTheWrongNumberOfValuesIsRejected() {
        assertThatThrownBy(() -> BACKEND.evaluate(SEED, new double[][] {{1, 2}, {1, 2, 3}}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("point 1 has 3 value(s) but the function has 2 variable(s)");
    }

    @Test
    void pointsAreNotModified() {
        double[][] points = {{2, 5}, {0.5, -1}};

        BACKEND.evaluate(SEED, points);

        assertThat(points).isDeepEqualTo(new double[][] {{2, 5}, {0.5, -1}});
    }

    /** 10,000 points in one call give bit for bit the results of 10,000 calls of one point. */
    @Test
    void batchOfTenThousandMatchesPointByPoint() {
        Random random = new Random(7);
        double[][] points = new double[10_000][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new double[] {0.01 + 10 * random.nextDouble(), 5 * random.nextGaussian()};
        }

        BatchResult batch = BACKEND.evaluate(SEED, points);

        for (int i = 0; i < points.length; i++) {
            assertThat(batch.point(i)).isEqualTo(BACKEND.evaluate(SEED, new double[][] {points[i]}).point(0));
        }
    }

    /**
     * With every kind of operation, a point gives the same result inside a batch of 10,000 as alone,
     * but not always bit for bit: PyTorch evaluates full SIMD lanes with vectorized (SLEEF) kernels
     * and the rest with scalar libm, which can differ in the last ulp (measured: 55 of these 300
     * points differ, by far less than the 1e-13 relative allowed). One call of this expression
     * costs about 10 ms of JNI round trips, so 300 of the 10,000 points are checked one by one.
     */
    @Test
    void everyKindOfOperationGivesThePointByPointResultInABatch() {
        NumFunction f = Expressions.compile(Expressions.parse(
                "exp(x1)*cos(x2) + tanh(x1*x2) + erf(x2) + sqrt(x1) + atan2(x1, x2) + x1^x2 + sigmoid(x2)"
                        + " + log1p(x1) + asinh(x2) + cbrt(x2) + softplus(x2) + hypot(x1, x2) + max(x1, x2)"
                        + " + 2^x1 + x2^3/7 - 1/x1 + acosh(x1 + 1) + atanh(x2/10) + expm1(x2) + sinh(x2) + cosh(x1)"
                        + " + asin(x2/10) + acos(x2/10) + abs(x2) + relu(x2) + min(x1, x2) + log2(x1) + log10(x1)"));
        Random random = new Random(42);
        double[][] points = new double[10_000][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new double[] {0.01 + 3 * random.nextDouble(), 2 * random.nextGaussian()};
        }

        BatchResult batch = BACKEND.evaluate(f, points);

        int bitwiseEqual = 0;
        for (int i = 0; i < 300; i++) {
            PointResult single = BACKEND.evaluate(f, new double[][] {points[i]}).point(0);
            PointResult batched = batch.point(i);
            assertClose(single.value(), batched.value(), points[i]);
            assertClose(single.gradient()[0], batched.gradient()[0], points[i]);
            assertClose(single.gradient()[1], batched.gradient()[1], points[i]);
            bitwiseEqual += single.equals(batched) ? 1 : 0;
        }
        System.out.printf("all operations, batch of 10,000 vs one by one: %d of 300 points bit for bit%n",
                bitwiseEqual);
    }

    /** Prints the throughput on 10k-point batches of the seed formula; timings are never asserted. */
    @Test
    void reportsThroughputOnTenThousandPointBatches() {
        PytorchThroughput.Measurement measurement = PytorchThroughput.measure(10_000, 100);

        System.out.println(measurement);
        assertThat(measurement.calls()).isEqualTo(100);
    }

    private static void assertClose(double expected, double actual, double[] point) {
        assertThat(PytorchOperationTests.relativeDifference(expected, actual))
                .as("at (%s, %s): one by one %s, in the batch %s", point[0], point[1], expected, actual)
                .isLessThanOrEqualTo(1e-13);
    }
}
