package org.adcheck.verification.backend.pytorch;

import java.util.Random;

/**
 * Point-gradients per second of the pytorch backend on batches of the seed formula
 * {@code log(x1) + x1*x2 - sin(x2)}: a quick figure until the JMH benchmark exists, never asserted.
 *
 * <pre>{@code
 * java -cp <test class path> org.adcheck.verification.backend.pytorch.PytorchThroughput [batch] [calls]
 * }</pre>
 */
public final class PytorchThroughput {

    /** One measurement: {@code calls} calls of {@code batch} points after a warm-up. */
    record Measurement(int batch, int calls, long nanos) {

        double nanosPerCall() {
            return (double) nanos / calls;
        }

        double pointGradientsPerSecond() {
            return batch * 1e9 / nanosPerCall();
        }

        @Override
        public String toString() {
            return String.format("pytorch, %,d-point batches of the seed formula: %.2f ms/call,"
                    + " %.2f M point-gradients/s (%d calls)",
                    batch, nanosPerCall() / 1e6, pointGradientsPerSecond() / 1e6, calls);
        }
    }

    private PytorchThroughput() {}

    public static void main(String[] args) {
        int batch = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        for (int round = 0; round < 5; round++) {
            System.out.println(measure(batch, calls));
        }
    }

    static Measurement measure(int batch, int calls) {
        PytorchBackend backend = new PytorchBackend();
        Random random = new Random(1);
        double[][] points = new double[batch][];
        for (int i = 0; i < batch; i++) {
            points[i] = new double[] {0.1 + 5 * random.nextDouble(), 5 * random.nextDouble()};
        }
        for (int i = 0; i < Math.max(20, calls / 5); i++) {
            backend.evaluate(PytorchBackendTests.SEED, points);
        }
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            backend.evaluate(PytorchBackendTests.SEED, points);
        }
        return new Measurement(batch, calls, System.nanoTime() - start);
    }
}
