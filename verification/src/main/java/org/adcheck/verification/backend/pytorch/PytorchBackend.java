package org.adcheck.verification.backend.pytorch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import ai.djl.util.Utils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.adcheck.ad.NumFunction;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.BackendUnavailableException;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.PointResult;

/**
 * Reverse-mode AD by PyTorch autograd, through DJL: the {@code pytorch} backend.
 *
 * <p>A call runs the whole batch as one tensor program: one float64 tensor of shape
 * {@code (batch)} per variable, the function applied once over {@link TensorNum}, and one backward
 * pass of the sum of the results (points are independent, so each point's gradient is its own).
 * Values and gradients come back with one {@code toDoubleArray()} per tensor. Every tensor of a call
 * lives in a sub-manager that is closed when the call returns, so nothing native outlives it.
 *
 * <p>The engine is loaded lazily, once per JVM, with {@code ai.djl.offline=true} and one PyTorch
 * thread ({@code ai.djl.pytorch.num_threads=1}, {@code ai.djl.pytorch.num_interop_threads=1})
 * unless the caller set those system properties. The natives come from the
 * {@code pytorch-native-cpu} jar on the class path and are extracted once (432 MB) to
 * {@code ~/.djl.ai}, or to {@code $DJL_CACHE_DIR}. If they cannot be loaded, every call throws
 * {@link BackendUnavailableException} with a one-line message naming the cause and the fix;
 * {@link #isAvailable()} probes that without throwing.
 *
 * <p>Thread-safe. DJL allows one gradient collector per JVM, so the recording and backward pass of
 * each call hold a JVM-wide lock; building the inputs and reading the results do not. Code outside
 * this backend that opens its own DJL gradient collector concurrently would still collide with it.
 */
public final class PytorchBackend implements Backend {

    /** The backend's name on the command line and in reports. */
    public static final String NAME = "pytorch";

    /** The native artifact that must be on the class path. */
    static final String NATIVE_ARTIFACT = "ai.djl.pytorch:pytorch-native-cpu:2.7.1:linux-x86_64";

    /** Serializes DJL's one-per-JVM gradient collector across all callers of this backend. */
    private static final Object COLLECTOR_LOCK = new Object();

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The engine and DJL versions, e.g. {@code PyTorch 2.7.1 (DJL 0.36.0)}.
     *
     * @throws BackendUnavailableException if PyTorch cannot be loaded
     */
    @Override
    public String version() {
        return LoadedEngine.get().version();
    }

    /** Whether PyTorch can be loaded in this JVM; loads it on first use, never throws. */
    public static boolean isAvailable() {
        return LoadedEngine.RESULT.failure == null;
    }

    /**
     * Loads PyTorch if that has not happened yet.
     *
     * @throws BackendUnavailableException with a one-line message naming the cause and the fix
     */
    public static void requireAvailable() {
        LoadedEngine.get();
    }

    @Override
    public BatchResult evaluate(NumFunction function, double[][] points) {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(points, "points");
        LoadedEngine engine = LoadedEngine.get();
        int variableCount = function.variables().size();
        double[][] columns = columns(points, variableCount);
        int size = points.length;
        if (size == 0) {
            return new BatchResult(NAME, List.of());
        }
        double[] values;
        double[][] gradients = new double[variableCount][];
        try (NDManager manager = engine.baseManager.newSubManager()) {
            List<TensorNum> args = new ArrayList<>(variableCount);
            for (double[] column : columns) {
                NDArray input = manager.create(column);
                input.setRequiresGradient(true);
                args.add(TensorNum.variable(input));
            }
            TensorNum zero = TensorNum.constant(manager.create(0.0));
            NDArray result;
            synchronized (COLLECTOR_LOCK) {
                try (GradientCollector collector = engine.engine.newGradientCollector()) {
                    TensorNum output = function.apply(args, zero);
                    result = output.array();
                    // A result that depends on no variable has no graph (backward would throw):
                    // its gradients are all 0.
                    if (output.dependsOnVariable()) {
                        collector.backward(result.sum());
                    }
                }
            }
            values = toDoubles(result, size);
            for (int j = 0; j < variableCount; j++) {
                gradients[j] = gradient(args.get(j).array(), size);
            }
        }
        List<PointResult> results = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            double[] gradient = new double[variableCount];
            for (int j = 0; j < variableCount; j++) {
                gradient[j] = gradients[j][i];
            }
            results.add(PointResult.analytic(values[i], gradient));
        }
        return new BatchResult(NAME, results);
    }

    /** Transposes the points into one array per variable, checking every point's arity. */
    private static double[][] columns(double[][] points, int variableCount) {
        double[][] columns = new double[variableCount][points.length];
        for (int i = 0; i < points.length; i++) {
            double[] point = points[i];
            if (point == null || point.length != variableCount) {
                throw new IllegalArgumentException("point " + i + " has "
                        + (point == null ? "no values" : point.length + " value(s)")
                        + " but the function has " + variableCount + " variable(s)");
            }
            for (int j = 0; j < variableCount; j++) {
                columns[j][i] = point[j];
            }
        }
        return columns;
    }

    /** The result as {@code size} doubles; a constant (0-d) result is broadcast to the batch. */
    private static double[] toDoubles(NDArray result, int size) {
        NDArray array = result.getDataType() == DataType.FLOAT64
                ? result : result.toType(DataType.FLOAT64, false);
        double[] data = array.toDoubleArray();
        if (data.length == size) {
            return data;
        }
        if (data.length == 1) {
            double[] broadcast = new double[size];
            Arrays.fill(broadcast, data[0]);
            return broadcast;
        }
        throw new IllegalStateException("the function returned " + data.length + " values for " + size + " points");
    }

    /**
     * A variable's gradient. PyTorch leaves the gradient of a variable the result does not depend on
     * undefined, and DJL then returns float32 zeros: that is a gradient of 0.
     */
    private static double[] gradient(NDArray input, int size) {
        NDArray gradient = input.getGradient();
        if (gradient.getDataType() != DataType.FLOAT64) {
            return new double[size];
        }
        return gradient.toDoubleArray();
    }

    /**
     * The one-line message for an engine that cannot load: the cause, flattened onto one line, and
     * the fix. The cause is every distinct message of the exception chain, outermost first. When
     * DJL found no natives and offline mode forbade a download, DJL's words for it ("Failed to
     * save pytorch index file: Offline mode is enabled.") are preceded by what that means.
     */
    static String unavailableMessage(Throwable e) {
        StringJoiner chain = new StringJoiner(": ");
        String previous = null;
        boolean offline = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage().strip();
            message = message.replaceAll("\\s+", " ");
            offline |= message.contains("Offline mode");
            if (!message.equals(previous) && (previous == null || !previous.endsWith(message))) {
                chain.add(message);
            }
            previous = message;
        }
        String cause = offline
                ? "none on the class path or in " + engineCacheDirectory()
                        + ", and ai.djl.offline=true forbids a download: " + chain
                : chain.toString();
        return "pytorch backend unavailable: PyTorch native library could not be loaded (" + cause
                + "); put " + NATIVE_ARTIFACT + " on the class path, or deselect it with"
                + " --backends forward-ad,finite-difference";
    }

    private static String engineCacheDirectory() {
        try {
            return Utils.getEngineCacheDir("pytorch").toString();
        } catch (RuntimeException e) {
            return "the DJL cache";
        }
    }

    /** The loaded engine with its long-lived base manager, or why it could not be loaded. */
    private static final class LoadedEngine {

        /** Loaded on first access of this class, once per JVM (lazy holder idiom). */
        static final LoadedEngine RESULT = load();

        final Engine engine;
        final NDManager baseManager;
        final String failure;
        final Throwable cause;

        private LoadedEngine(Engine engine, NDManager baseManager, String failure, Throwable cause) {
            this.engine = engine;
            this.baseManager = baseManager;
            this.failure = failure;
            this.cause = cause;
        }

        static LoadedEngine get() {
            LoadedEngine result = RESULT;
            if (result.failure != null) {
                throw new BackendUnavailableException(NAME, result.failure, result.cause);
            }
            return result;
        }

        String version() {
            return "PyTorch " + engine.getVersion() + " (DJL " + Engine.getDjlVersion() + ")";
        }

        private static LoadedEngine load() {
            setUnlessSet("ai.djl.offline", "true");
            // One intra-op thread: a batch of 10k points is too small for PyTorch's OpenMP pool to
            // pay off, and on shared cores its spinning threads cost 10x (measured on 2 busy cores:
            // 17 ms per 10k-point call with 2 threads, 1.2 ms with 1).
            setUnlessSet("ai.djl.pytorch.num_threads", "1");
            setUnlessSet("ai.djl.pytorch.num_interop_threads", "1");
            try {
                Engine engine = Engine.getEngine("PyTorch");
                NDManager baseManager = engine.newBaseManager();
                // Touch the natives once, so that a broken installation fails here and not mid-call.
                try (NDManager probe = baseManager.newSubManager()) {
                    probe.create(new double[] {1.0}).add(1.0).toDoubleArray();
                }
                return new LoadedEngine(engine, baseManager, null, null);
            } catch (RuntimeException | LinkageError e) {
                return new LoadedEngine(null, null, unavailableMessage(e), e);
            }
        }

        private static void setUnlessSet(String property, String value) {
            if (System.getProperty(property) == null) {
                System.setProperty(property, value);
            }
        }
    }
}
