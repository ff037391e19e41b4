package org.adcheck.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.Backends;
import org.adcheck.verification.backend.pytorch.PytorchBackend;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code pytorch} backend (DJL, float64, reverse mode) on one batch of 10,000 points of the
 * seed formula, around (2, 5): the whole call, from {@code double[][]} points to per-point results.
 *
 * <p>{@link #gradient10k} gives the time per batch; {@link #gradient10kPointGradients} runs the same
 * call in throughput mode, counting each call as 10,000 operations, so its score is point-gradients
 * per second.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true"})
public class PytorchBatchBenchmark {

    static final int BATCH = 10_000;

    private Backend backend;
    private double[][] points;

    @Setup
    public void loadEngine() {
        System.setProperty("ai.djl.offline", "true");
        backend = Backends.named(PytorchBackend.NAME);
        PytorchBackend.requireAvailable();
        SplittableRandom random = new SplittableRandom(20261126L);
        points = new double[BATCH][];
        for (int i = 0; i < BATCH; i++) {
            points[i] = new double[] {random.nextDouble(1.0, 3.0), random.nextDouble(4.0, 6.0)};
        }
    }

    /** One backend call on 10k points; score in ns per batch. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public BatchResult gradient10k() {
        return backend.evaluate(SeedFormula.FUNCTION, points);
    }

    /** The same call; score in point-gradients per second. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public BatchResult gradient10kPointGradients() {
        return backend.evaluate(SeedFormula.FUNCTION, points);
    }
}
