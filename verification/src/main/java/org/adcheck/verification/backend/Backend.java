package org.adcheck.verification.backend;

import org.adcheck.ad.NumFunction;

/**
 * One way of computing a function's value and gradient. Every backend gets the same
 * {@link NumFunction} and the same batch of points, so that their answers can be compared point by
 * point.
 *
 * <p>Implementations are thread-safe: the verifier and users' tests may call them from several
 * threads at once.
 */
public interface Backend {

    /** The stable name used on the command line and in reports, e.g. {@code forward-ad}. */
    String name();

    /** A human-readable version of the implementation, e.g. {@code PyTorch 2.7.1 (DJL 0.36.0)}. */
    String version();

    /**
     * Evaluates {@code function} at every point of the batch.
     *
     * @param function the function to evaluate
     * @param points {@code points[i][j]} is the value of variable {@code j} at point {@code i}; the
     *     array is not modified
     * @return one result per point, in the same order
     * @throws BackendUnavailableException when the backend cannot run at all (e.g. native libraries
     *     missing); never for a point outside the function's domain, which gives NaN or infinity
     */
    BatchResult evaluate(NumFunction function, double[][] points);
}
