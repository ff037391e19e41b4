package org.adcheck.verification.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.adcheck.ad.NumFunction;
import org.adcheck.expr.Expressions;
import org.junit.jupiter.api.Test;

/**
 * What every backend promises, checked once per backend by a small subclass. Golden numbers are
 * closed forms: the seed formula {@code log(x1) + x1*x2 - sin(x2)} at (2, 5) has value
 * {@code log 2 + 10 − sin 5}, partials {@code 1/2 + 5 = 5.5} and {@code 2 − cos 5}.
 */
abstract class BackendContractTests {

    static final double SEED_VALUE = Math.log(2) + 10 - Math.sin(5);
    static final double SEED_DX1 = 5.5;
    static final double SEED_DX2 = 2 - Math.cos(5);

    /** Issue 7: 4 threads × 1000 calls at once, every call correct. */
    static final int CALLS_PER_THREAD = 1000;

    /** The backend under test. */
    abstract Backend backend();

    /** Relative accuracy this backend promises on smooth functions. */
    abstract double relativeAccuracy();

    static NumFunction function(String expression) {
        return Expressions.compile(Expressions.parse(expression));
    }

    @Test
    void hasAStableNameAndAVersion() {
        assertThat(backend().name()).matches("[a-z][a-z-]*");
        assertThat(Backends.NAMES).contains(backend().name());
        assertThat(backend().version()).isNotBlank();
    }

    @Test
    void computesTheSeedCase() {
        PointResult r = backend().evaluate(function("log(x1) + x1*x2 - sin(x2)"), new double[][] {{2, 5}}).point(0);
        assertThat(r.value()).isCloseTo(SEED_VALUE, within(1e-14 * SEED_VALUE));
        assertThat(r.gradient()[0]).isCloseTo(SEED_DX1, within(relativeAccuracy() * SEED_DX1));
        assertThat(r.gradient()[1]).isCloseTo(SEED_DX2, within(relativeAccuracy() * SEED_DX2));
    }

    @Test
    void returnsOneResultPerPointInOrder() {
        NumFunction f = function("x * exp(y) + y^3");
        double[][] points = new double[37][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new double[] {0.1 * i - 1.5, 0.05 * i};
        }
        BatchResult batch = backend().evaluate(f, points);
        assertThat(batch.size()).isEqualTo(points.length);
        assertThat(batch.backend()).isEqualTo(backend().name());
        for (int i = 0; i < points.length; i++) {
            double x = points[i][0];
            double y = points[i][1];
            PointResult r = batch.point(i);
            assertThat(r.value()).as("value at point %d", i).isCloseTo(x * Math.exp(y) + y * y * y, within(1e-13));
            assertThat(r.gradient()[0]).as("d/dx at point %d", i)
                    .isCloseTo(Math.exp(y), within(relativeAccuracy() * Math.exp(y) + 1e-12));
            double dy = x * Math.exp(y) + 3 * y * y;
            assertThat(r.gradient()[1]).as("d/dy at point %d", i)
                    .isCloseTo(dy, within(relativeAccuracy() * Math.abs(dy) + 1e-9));
        }
    }

    @Test
    void aBatchGivesTheSameResultsAsSinglePoints() {
        NumFunction f = function("sin(x) * cos(y) + tanh(x*y)");
        double[][] points = {{0.3, -1.2}, {1.7, 0.4}, {-2.5, 2.5}};
        BatchResult batch = backend().evaluate(f, points);
        for (int i = 0; i < points.length; i++) {
            PointResult single = backend().evaluate(f, new double[][] {points[i]}).point(0);
            assertThat(batch.point(i).value()).isEqualTo(single.value());
            assertThat(batch.point(i).gradient()).containsExactly(single.gradient());
        }
    }

    @Test
    void anIgnoredVariableHasPartialZero() {
        NumFunction f = Expressions.compile(Expressions.parse("x^2"), List.of("x", "unused"));
        PointResult r = backend().evaluate(f, new double[][] {{3, 7}}).point(0);
        assertThat(r.value()).isEqualTo(9.0);
        assertThat(r.gradient()[0]).isCloseTo(6.0, within(6 * relativeAccuracy()));
        assertThat(r.gradient()[1]).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void aConstantFunctionWorks() {
        PointResult r = backend().evaluate(function("2 + pi"), new double[][] {{}, {}}).point(1);
        assertThat(r.value()).isEqualTo(2 + Math.PI);
        assertThat(r.gradient()).isEmpty();
    }

    @Test
    void anEmptyBatchGivesAnEmptyResult() {
        assertThat(backend().evaluate(function("x + 1"), new double[0][]).size()).isZero();
    }

    @Test
    void aPointOffTheDomainGivesNaNNotAnException() {
        PointResult r = backend().evaluate(function("log(x) + sqrt(x)"), new double[][] {{-1}}).point(0);
        assertThat(r.value()).isNaN();
    }

    @Test
    void leavesTheInputPointsUnchanged() {
        double[][] points = {{0.5, 2.0}, {1.5, -3.0}};
        backend().evaluate(function("x*y + exp(x)"), points);
        assertThat(points[0]).containsExactly(0.5, 2.0);
        assertThat(points[1]).containsExactly(1.5, -3.0);
    }

    @Test
    void isSafeToCallFromManyThreadsAtOnce() throws Exception {
        NumFunction f = function("log(x1) + x1*x2 - sin(x2)");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    int ok = 0;
                    for (int call = 0; call < CALLS_PER_THREAD; call++) {
                        int size = 1 + (call + thread) % 7;
                        double[][] points = new double[size][];
                        for (int i = 0; i < size; i++) {
                            points[i] = new double[] {1 + 0.01 * (call + i), 0.5 * thread + 0.001 * i};
                        }
                        BatchResult batch = backend().evaluate(f, points);
                        for (int i = 0; i < size; i++) {
                            double x1 = points[i][0];
                            double x2 = points[i][1];
                            double dx1 = 1 / x1 + x2;
                            if (Math.abs(batch.point(i).gradient()[0] - dx1) <= 1e-6 * Math.abs(dx1) + 1e-9) {
                                ok++;
                            }
                        }
                    }
                    return ok;
                }));
            }
            int expected = 0;
            for (int t = 0; t < 4; t++) {
                for (int call = 0; call < CALLS_PER_THREAD; call++) {
                    expected += 1 + (call + t) % 7;
                }
            }
            int total = 0;
            for (Future<Integer> future : futures) {
                total += future.get(5, TimeUnit.MINUTES);
            }
            assertThat(total).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
