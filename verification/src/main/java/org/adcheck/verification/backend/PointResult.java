package org.adcheck.verification.backend;

import java.util.Arrays;

/**
 * A backend's value and gradient at one point.
 *
 * <p>Analytic backends (forward-ad, pytorch, hipparchus) leave the three estimate arrays null. The
 * finite-difference backend fills them: {@code errorEstimate[j]} bounds the error of
 * {@code gradient[j]}, {@code leftSlope[j]}/{@code rightSlope[j]} are the one-sided derivatives
 * used to detect kinks, and {@code oneSidedError[j]} is how much those moved between two step
 * sizes: a gap between left and right smaller than that is rounding noise, not a kink.
 *
 * @param value the function value
 * @param gradient one partial derivative per variable
 * @param errorEstimate per-partial error estimate, or null
 * @param leftSlope per-partial backward derivative, or null
 * @param rightSlope per-partial forward derivative, or null
 * @param oneSidedError per-partial uncertainty of the one-sided derivatives, or null
 */
public record PointResult(
        double value, double[] gradient, double[] errorEstimate, double[] leftSlope, double[] rightSlope,
        double[] oneSidedError) {

    /** An analytic result: value and gradient only. */
    public static PointResult analytic(double value, double[] gradient) {
        return new PointResult(value, gradient, null, null, null, null);
    }

    public boolean hasEstimates() {
        return errorEstimate != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointResult p
                && Double.compare(value, p.value) == 0
                && Arrays.equals(gradient, p.gradient)
                && Arrays.equals(errorEstimate, p.errorEstimate)
                && Arrays.equals(leftSlope, p.leftSlope)
                && Arrays.equals(rightSlope, p.rightSlope)
                && Arrays.equals(oneSidedError, p.oneSidedError);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(value) + Arrays.hashCode(gradient);
    }

    @Override
    public String toString() {
        return "PointResult[value=" + value + ", gradient=" + Arrays.toString(gradient)
                + (errorEstimate == null ? "" : ", errorEstimate=" + Arrays.toString(errorEstimate)) + "]";
    }
}
