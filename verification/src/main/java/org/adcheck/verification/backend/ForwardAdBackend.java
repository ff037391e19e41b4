package org.adcheck.verification.backend;

import java.util.ArrayList;
import java.util.List;
import org.adcheck.ad.NumFunction;
import org.adcheck.ad.VectorDual;

/**
 * ad-core's forward-mode AD: each point is one pass over {@link VectorDual}, seeded with one
 * partial per variable, so the whole gradient comes out at once.
 */
public final class ForwardAdBackend implements Backend {

    /** The stable name used on the command line and in reports. */
    public static final String NAME = "forward-ad";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "adcheck ad-core VectorDual";
    }

    @Override
    public BatchResult evaluate(NumFunction function, double[][] points) {
        List<PointResult> results = new ArrayList<>(points.length);
        for (double[] point : points) {
            int n = point.length;
            List<VectorDual> args = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                args.add(VectorDual.variable(j, n, point[j]));
            }
            VectorDual y = function.apply(args, VectorDual.constant(n, 0.0));
            results.add(PointResult.analytic(y.value(), y.gradient()));
        }
        return new BatchResult(NAME, results);
    }
}
