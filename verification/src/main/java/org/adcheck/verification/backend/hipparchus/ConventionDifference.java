package org.adcheck.verification.backend.hipparchus;

import java.util.Objects;

/**
 * One documented place where Hipparchus's {@code Gradient} and ad-core's forward AD (which follows
 * PyTorch autograd) give different, individually defensible answers. The verifier reports a
 * disagreement that matches an entry as a convention difference, not as a failure.
 *
 * @param function the {@link org.adcheck.ad.Num} method, as the expression language names it
 *     ({@code abs}, {@code max}, {@code pow}...)
 * @param point where it happens, e.g. {@code x = ±0} or {@code a == b}
 * @param hipparchus what Hipparchus gives there, e.g. {@code abs'(+0) = +1, abs'(−0) = −1}
 * @param forwardAd what forward-ad (and PyTorch) give, e.g. {@code abs'(±0) = 0}
 * @param kink true when the point is a kink, where the derivative is a matter of convention; false
 *     for a domain edge or a value that one side computes off the function's true value
 */
public record ConventionDifference(String function, String point, String hipparchus, String forwardAd, boolean kink) {

    public ConventionDifference {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(hipparchus, "hipparchus");
        Objects.requireNonNull(forwardAd, "forwardAd");
    }

    /** The line a report prints, e.g. {@code convention difference (hipparchus: abs'(+0) = +1; forward-ad: abs'(±0) = 0)}. */
    public String describe() {
        return "convention difference (hipparchus: " + hipparchus + "; forward-ad: " + forwardAd + ")";
    }
}
