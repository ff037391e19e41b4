package org.adcheck.verification;

import org.adcheck.fixtures.ToleranceOverride;

/**
 * How close backends must be to agree. One policy, written down here, decides every verdict.
 *
 * <h2>Analytic backends against each other (forward-ad, pytorch, hipparchus)</h2>
 *
 * <p>All three apply exact derivative rules in float64, so they differ only by rounding in
 * differently ordered arithmetic and by the accuracy of each library's elementary functions (a few
 * ulps). Measured over the bundled catalog (134 fixtures, 1,000 random points each, seed 1), the
 * largest relative difference between forward-ad and pytorch is 2.3e-13 (a value that cancels in
 * {@code log1p(expm1(x)) + expm1(log1p(y))}), 5 fixtures exceed 1e-13 and 102 of 134 stay at or below
 * 1e-14; the 100,000-case fuzz found none above the default either. The default, {@code 1e-12}
 * relative, leaves a fourfold margin over the worst of those and is still many orders of magnitude
 * tighter than any wrong rule the mutation self-test seeds (the smallest is caught at 1e-3).
 *
 * <p>A partial is measured relative to the largest of its own magnitude, {@value #GRADIENT_SCALE}
 * times the gradient's largest component, and {@value #VALUE_SCALE} times the function's value.
 * Rounding error in a derivative is relative to the terms the chain rule combined, not to a small
 * result: cancellation between partial products, or a rule such as PyTorch's
 * {@code sigmoid' = y·(1 − y)}, which near {@code y = 1} is exact only to about {@code ε·|y|} in
 * absolute terms while the derivative itself is tiny. Both scales keep such points from crying wolf
 * while leaving every derivative of ordinary size under the full {@code 1e-12}. A value is measured
 * relative to the larger of itself and {@value #GRADIENT_SCALE} times its first-order terms
 * {@code Σ|x_j·∂f/∂x_j|} and, for parsed expressions, of its largest intermediate result: a value
 * that passes near 0 by cancelling terms of size 1 carries rounding error of the terms' size (the
 * deep fuzz found {@code log10(0.5 + sigmoid(z^3))} near {@code z = 0}: a value of 1e-5 computed from
 * intermediates of size 1). The absolute floor is
 * 0 by default; fixtures at domain edges, where PyTorch's textbook formulas lose digits (e.g.
 * {@code asin'} at {@code 0.999999}, about 3e-11 relative), override the relative tolerance.
 *
 * <h2>Forward AD against finite differences</h2>
 *
 * <p>A finite difference is only as good as its error estimate {@code ε} (from the Richardson
 * tableau). AD and FD agree when {@code |ad − fd| ≤ fdFactor·ε + fdFloor.allowed(ad, fd)}: the
 * estimate is a heuristic, so it gets a safety factor (default 10), and the floor ({@code 1e-9}
 * relative) covers estimates that come out accidentally tiny when two extrapolations coincide.
 * When {@code ε} exceeds {@code inconclusiveRelative} (default {@code 1e-4}) of the derivative's
 * scale, FD cannot judge the point and the verdict is {@link Verdict#INCONCLUSIVE}. The verdict is
 * also INCONCLUSIVE, naming the finite difference as the odd one out, when FD alone disagrees while
 * at least two independent analytic backends agree with each other: FD's error estimate is then
 * the thing that failed (the fuzz found {@code log2(1 + y^4)} near 0, whose values are quantized by
 * the rounding of {@code 1 + y^4} far above their own size). With a single analytic backend, FD's
 * disagreement is a DISAGREE.
 *
 * <h2>Kinks</h2>
 *
 * <p>The one-sided differences differ by more than {@code kinkRelative} (default {@code 1e-3}) of
 * their magnitude: the point is on, or within one step of, a kink. Smooth points give one-sided
 * differences that agree to about {@code 1e-10}, far below this threshold.
 *
 * <p>Fixtures override any of these with their {@code tolerance:} entry.
 *
 * @param analytic tolerance between analytic backends
 * @param fdFactor safety factor on the finite-difference error estimate, ≥ 1
 * @param fdFloor tolerance floor between AD and FD
 * @param inconclusiveRelative FD error estimate, relative to the scale, beyond which FD cannot judge
 * @param kinkRelative relative gap between one-sided differences that marks a kink
 */
public record TolerancePolicy(
        Tolerance analytic, double fdFactor, Tolerance fdFloor, double inconclusiveRelative, double kinkRelative) {

    /** Fraction of the gradient's largest component that sets the scale of a small partial. */
    public static final double GRADIENT_SCALE = 1e-3;

    /** Fraction of the function's value that sets the scale of a small partial. */
    public static final double VALUE_SCALE = 1e-2;

    /**
     * The scale a small partial is measured against at a point: the larger of
     * {@link #GRADIENT_SCALE} × the largest finite partial and {@link #VALUE_SCALE} × |value|.
     */
    public static double partialScale(double largestPartial, double value) {
        return Math.max(GRADIENT_SCALE * largestPartial, Double.isFinite(value) ? VALUE_SCALE * Math.abs(value) : 0.0);
    }

    /** The scale a small value is measured against: {@link #GRADIENT_SCALE} × {@code Σ|x_j·g_j|}. */
    public static double valueScale(double[] point, double[] gradient) {
        double terms = 0;
        for (int j = 0; j < point.length; j++) {
            double t = Math.abs(point[j] * gradient[j]);
            if (Double.isFinite(t)) {
                terms += t;
            }
        }
        return GRADIENT_SCALE * terms;
    }

    /** The documented default policy. */
    public static final TolerancePolicy DEFAULT =
            new TolerancePolicy(new Tolerance(1e-12, 0.0), 10.0, new Tolerance(1e-9, 0.0), 1e-4, 1e-3);

    public TolerancePolicy {
        if (analytic == null || fdFloor == null) {
            throw new IllegalArgumentException("tolerances must not be null");
        }
        if (Double.isNaN(fdFactor) || fdFactor < 1 || Double.isInfinite(fdFactor)) {
            throw new IllegalArgumentException("finite-difference factor must be finite and >= 1, got " + fdFactor);
        }
        Tolerance.requireValid("inconclusive", inconclusiveRelative);
        Tolerance.requireValid("kink", kinkRelative);
    }

    /** This policy with a fixture's overrides applied. */
    public TolerancePolicy overriddenBy(ToleranceOverride override) {
        if (override == null) {
            return this;
        }
        Tolerance newAnalytic = new Tolerance(
                override.analyticRelative().orElse(analytic.relative()),
                override.analyticAbsolute().orElse(analytic.absolute()));
        Tolerance newFloor = new Tolerance(
                override.fdRelative().orElse(fdFloor.relative()),
                override.fdAbsolute().orElse(fdFloor.absolute()));
        return new TolerancePolicy(
                newAnalytic, override.fdFactor().orElse(fdFactor), newFloor, inconclusiveRelative, kinkRelative);
    }

    /** The analytic tolerance for values {@code a}, {@code b} of a quantity whose scale is {@code scale}. */
    double analyticAllowed(double a, double b, double scale) {
        return analytic.absolute() + analytic.relative() * max3(Math.abs(a), Math.abs(b), scale);
    }

    /** The AD-versus-FD tolerance given FD's error estimate. */
    double finiteDifferenceAllowed(double ad, double fd, double errorEstimate, double scale) {
        return fdFactor * errorEstimate + fdFloor.absolute()
                + fdFloor.relative() * max3(Math.abs(ad), Math.abs(fd), scale);
    }

    /** Whether FD's error estimate is too large to judge. */
    boolean inconclusive(double ad, double fd, double errorEstimate, double scale) {
        if (!Double.isFinite(fd) || !Double.isFinite(errorEstimate)) {
            return true;
        }
        // A derivative of exactly 0 (a flat region) has no magnitude to be relative to: subnormal
        // rounding noise there is not a reason to give up.
        double magnitude = Math.max(max3(Math.abs(ad), Math.abs(fd), scale), Double.MIN_NORMAL);
        return errorEstimate > inconclusiveRelative * magnitude + fdFloor.absolute();
    }

    /**
     * Whether one-sided differences {@code left} and {@code right} reveal a kink: their gap exceeds
     * {@code kinkRelative} of their magnitude and ten times their own uncertainty.
     */
    boolean isKink(double left, double right, double oneSidedError, double scale) {
        if (!Double.isFinite(left) || !Double.isFinite(right)) {
            return false;
        }
        double magnitude = max3(Math.abs(left), Math.abs(right), scale);
        double gap = Math.abs(left - right);
        return gap > kinkRelative * magnitude && !(gap <= 10 * oneSidedError);
    }

    private static double max3(double a, double b, double c) {
        return Math.max(a, Math.max(b, c));
    }
}
