package org.adcheck.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.adcheck.ad.Num;
import org.adcheck.ad.NumFunction;
import org.adcheck.ad.VectorDual;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The n-dimensional Rosenbrock function {@code Σ_{i<n−1} 100 (x_{i+1} − x_i²)² + (1 − x_i)²}, value and
 * full gradient, by forward mode ({@link VectorDual}: every one of its 8(n−1) operations carries n
 * partials, so one gradient costs O(n²)) and by reverse mode (PyTorch: one backward pass, O(1) per
 * operation, so O(n) in all, but with a JNI call per tensor operation).
 *
 * <p>All methods report microseconds per point. {@link #pytorchBatch100} evaluates 100 points in
 * one call, so PyTorch's per-operation overhead is shared by the batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Dai.djl.offline=true"})
public class ScalingBenchmark {

    static final int BATCH = 100;

    @Param({"2", "10", "100", "1000"})
    int n;

    private double[] point;
    private double[][] onePoint;
    private double[][] batch;
    private NumFunction function;
    private Backend backend;

    /** The Rosenbrock function over any algebra; {@code x} has at least two entries. */
    static <T extends Num<T>> T rosenbrock(List<T> x) {
        T sum = null;
        for (int i = 0; i + 1 < x.size(); i++) {
            T xi = x.get(i);
            T a = x.get(i + 1).sub(xi.mul(xi));
            T b = xi.rsub(1.0);
            T term = a.mul(a).mul(100.0).add(b.mul(b));
            sum = sum == null ? term : sum.add(term);
        }
        return sum;
    }

    @Setup
    public void setUp() {
        System.setProperty("ai.djl.offline", "true");
        SplittableRandom random = new SplittableRandom(20261126L + n);
        point = new double[n];
        for (int i = 0; i < n; i++) {
            point[i] = random.nextDouble(-2.0, 2.0);
        }
        onePoint = new double[][] {point};
        batch = new double[BATCH][];
        for (int p = 0; p < BATCH; p++) {
            batch[p] = new double[n];
            for (int i = 0; i < n; i++) {
                batch[p][i] = random.nextDouble(-2.0, 2.0);
            }
        }
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add("x" + i);
        }
        List<String> variables = List.copyOf(names);
        function = new NumFunction() {
            @Override
            public List<String> variables() {
                return variables;
            }

            @Override
            public <T extends Num<T>> T apply(List<T> args, T zero) {
                return rosenbrock(args);
            }
        };
        backend = Backends.named(PytorchBackend.NAME);
        PytorchBackend.requireAvailable();
    }

    /** Forward mode: seed n variables of n partials, one pass. */
    @Benchmark
    public VectorDual forwardAd() {
        int size = n;
        List<VectorDual> x = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            x.add(VectorDual.variable(i, size, point[i]));
        }
        return rosenbrock(x);
    }

    /** Reverse mode: the pytorch backend on one point. */
    @Benchmark
    public BatchResult pytorch() {
        return backend.evaluate(function, onePoint);
    }

    /** Reverse mode on 100 points in one call; score per point. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public BatchResult pytorchBatch100() {
        return backend.evaluate(function, batch);
    }
}
