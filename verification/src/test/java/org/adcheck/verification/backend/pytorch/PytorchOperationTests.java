package org.adcheck.verification.backend.pytorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.adcheck.ad.NumFunction;
import org.adcheck.ad.VectorDual;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.PointResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link org.adcheck.ad.Num} method through the pytorch backend: against closed forms at
 * smooth points, and against ad-core's {@link VectorDual} over a wide grid of its domain.
 */
class PytorchOperationTests {

    /** Closed forms in double are good to a few ulps at the chosen points. */
    private static final double CLOSED_FORM_TOLERANCE = 1e-14;

    /** The AD-vs-PyTorch tolerance the gate will use. */
    private static final double VECTOR_DUAL_TOLERANCE = 1e-12;

    private static final PytorchBackend BACKEND = new PytorchBackend();

    private static double worstAgainstClosedForms;
    private static double worstAgainstVectorDual;
    private static String worstVectorDualCase = "";

    static Stream<Arguments> smoothPoints() {
        return Arrays.stream(Operation.values())
                .flatMap(operation -> operation.points.stream().map(point -> Arguments.of(operation, point)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("smoothPoints")
    void matchesClosedFormValueAndDerivatives(Operation operation, double[] point) {
        PointResult result = BACKEND.evaluate(operation.function(), new double[][] {point}).point(0);

        double[] expected = operation.gradient(point);
        assertClose("value", operation.value(point), result.value(), CLOSED_FORM_TOLERANCE);
        for (int j = 0; j < expected.length; j++) {
            assertClose("partial " + j, expected[j], result.gradient()[j], CLOSED_FORM_TOLERANCE);
        }
    }

    /**
     * About 300 points per operation, from 1e-300 to 1e300 in magnitude and dense around the
     * interesting region, restricted to the domain and to finite forward-ad values.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Operation.class)
    void agreesWithVectorDualOverItsDomain(Operation operation) {
        double[][] points = grid(operation);
        BatchResult results = BACKEND.evaluate(operation.function(), points);

        for (int i = 0; i < points.length; i++) {
            VectorDual expected = vectorDual(operation, points[i]);
            PointResult actual = results.point(i);
            String where = operation + " at " + Arrays.toString(points[i]);
            assertAgrees(where + ": value", expected.value(), actual.value());
            for (int j = 0; j < operation.arity; j++) {
                assertAgrees(where + ": partial " + j, expected.partial(j), actual.gradient()[j]);
            }
        }
    }

    @AfterAll
    static void reportWorstDifferences() {
        System.out.printf("pytorch vs closed forms: max relative difference %.2e%n", worstAgainstClosedForms);
        System.out.printf("pytorch vs VectorDual:   max relative difference %.2e (%s)%n",
                worstAgainstVectorDual, worstVectorDualCase);
    }

    static VectorDual vectorDual(Operation operation, double[] point) {
        int n = operation.arity;
        VectorDual x = VectorDual.variable(0, n, point[0]);
        VectorDual y = n == 2 ? VectorDual.variable(1, n, point[1]) : VectorDual.constant(n, 0.0);
        return operation.apply(x, y);
    }

    /** {@code f} over forward-ad at one point, every variable seeded. */
    static VectorDual vectorDualOf(NumFunction f, double[] point) {
        int n = point.length;
        List<VectorDual> args = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            args.add(VectorDual.variable(j, n, point[j]));
        }
        return f.apply(args, VectorDual.constant(n, 0.0));
    }

    private static double[][] grid(Operation operation) {
        List<Double> values = new ArrayList<>();
        for (int exponent = -300; exponent <= 300; exponent += 10) {
            values.add(Math.pow(10, exponent));
            values.add(-3.7 * Math.pow(10, exponent));
        }
        Random random = new Random(20240601L + operation.ordinal());
        for (int i = 0; i < 120; i++) {
            values.add(random.nextGaussian() * 4);
        }
        for (double near : new double[] {-1, 0, 1}) {
            for (int k = 1; k <= 15; k += 2) {
                values.add(near + Math.pow(10, -k));
                values.add(near - Math.pow(10, -k));
            }
        }
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double x = values.get(i);
            double[] point = operation.arity == 1 ? new double[] {x}
                    : new double[] {x, values.get((i * 7 + 3) % values.size())};
            if (operation.domain.test(x) && finite(vectorDual(operation, point))) {
                points.add(point);
            }
        }
        return points.toArray(new double[0][]);
    }

    private static boolean finite(VectorDual v) {
        return Double.isFinite(v.value()) && Arrays.stream(v.gradient()).allMatch(Double::isFinite);
    }

    private static void assertClose(String what, double expected, double actual, double tolerance) {
        double difference = relativeDifference(expected, actual);
        worstAgainstClosedForms = Math.max(worstAgainstClosedForms, difference);
        assertThat(difference).as("%s: expected %s, got %s", what, expected, actual).isLessThanOrEqualTo(tolerance);
    }

    /** Relative, with an absolute floor at the bottom of the normal range (subnormals). */
    private static void assertAgrees(String what, double expected, double actual) {
        double difference = Math.abs(expected - actual) <= Double.MIN_NORMAL ? 0 : relativeDifference(expected, actual);
        if (difference > worstAgainstVectorDual) {
            worstAgainstVectorDual = difference;
            worstVectorDualCase = what;
        }
        assertThat(difference)
                .as("%s%n  forward-ad : %s%n  pytorch    : %s", what, expected, actual)
                .isLessThanOrEqualTo(VECTOR_DUAL_TOLERANCE);
    }

    static double relativeDifference(double expected, double actual) {
        if (Double.compare(expected, actual) == 0 || expected == actual) {
            return 0;
        }
        return Math.abs(expected - actual) / Math.max(Math.abs(expected), Math.abs(actual));
    }
}
