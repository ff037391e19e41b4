package org.adcheck.verification.backend.pytorch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.PointResult;
import org.junit.jupiter.api.Test;

/**
 * DJL allows one gradient collector per JVM; the backend serializes collection itself, so callers
 * on many threads need no coordination.
 */
class PytorchConcurrencyTests {

    private static final int THREADS = 4;
    private static final int CALLS_PER_THREAD = 250;

    @Test
    void fourThreadsOfTwoHundredFiftyCallsAllSucceedWithCorrectResults() throws Exception {
        PytorchBackend backend = new PytorchBackend();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = 1000 + t;
                futures.add(executor.submit(() -> {
                    start.await();
                    return callRepeatedly(backend, new Random(seed));
                }));
            }
            start.countDown();
            int points = 0;
            for (Future<Integer> future : futures) {
                points += future.get(5, TimeUnit.MINUTES);
            }
            System.out.printf("concurrency: %d threads x %d calls, %d points, all correct%n",
                    THREADS, CALLS_PER_THREAD, points);
        } finally {
            executor.shutdownNow();
        }
    }

    /** Batches of 1-50 points of the seed formula, each checked against its closed form. */
    private static int callRepeatedly(PytorchBackend backend, Random random) {
        int total = 0;
        for (int call = 0; call < CALLS_PER_THREAD; call++) {
            double[][] points = new double[1 + random.nextInt(50)][];
            for (int i = 0; i < points.length; i++) {
                points[i] = new double[] {0.1 + 10 * random.nextDouble(), 10 * random.nextGaussian()};
            }
            BatchResult result = backend.evaluate(PytorchBackendTests.SEED, points);
            assertThat(result.size()).isEqualTo(points.length);
            for (int i = 0; i < points.length; i++) {
                double x1 = points[i][0];
                double x2 = points[i][1];
                PointResult point = result.point(i);
                assertClose(Math.log(x1) + x1 * x2 - Math.sin(x2), point.value());
                assertClose(1 / x1 + x2, point.gradient()[0]);
                assertClose(x1 - Math.cos(x2), point.gradient()[1]);
            }
            total += points.length;
        }
        return total;
    }

    private static void assertClose(double expected, double actual) {
        assertThat(Math.abs(expected - actual)).isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(expected)));
    }
}
