package org.adcheck.verification.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.adcheck.ad.NumFunction;
import org.adcheck.ad.VectorDual;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.ForwardAdBackend;
import org.adcheck.verification.backend.PointResult;

/**
 * forward-ad with one seeded wrong rule: the same evaluation as {@link ForwardAdBackend}, through
 * {@link MutantNum}. It calls itself {@code forward-ad}, so that the gate's reports read exactly as
 * they would for a real bug in ad-core.
 *
 * <p>{@link #timesApplied()} counts how often the mutated method ran, so a test can tell a caught
 * mutation from a witness that never reached it.
 */
public final class MutatedForwardAdBackend implements Backend {

    private final Mutation mutation;
    private final AtomicLong applied = new AtomicLong();

    public MutatedForwardAdBackend(Mutation mutation) {
        this.mutation = mutation;
    }

    public Mutation mutation() {
        return mutation;
    }

    /** How many times the mutated method has run over every call of {@link #evaluate} so far. */
    public long timesApplied() {
        return applied.get();
    }

    @Override
    public String name() {
        return ForwardAdBackend.NAME;
    }

    @Override
    public String version() {
        return "adcheck ad-core VectorDual, mutated: " + mutation;
    }

    @Override
    public BatchResult evaluate(NumFunction function, double[][] points) {
        List<PointResult> results = new ArrayList<>(points.length);
        for (double[] point : points) {
            int n = point.length;
            List<MutantNum> args = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                args.add(new MutantNum(VectorDual.variable(j, n, point[j]), mutation, applied));
            }
            MutantNum zero = new MutantNum(VectorDual.constant(n, 0.0), mutation, applied);
            VectorDual y = function.apply(args, zero).unwrap();
            results.add(PointResult.analytic(y.value(), y.gradient()));
        }
        return new BatchResult(name(), results);
    }
}
