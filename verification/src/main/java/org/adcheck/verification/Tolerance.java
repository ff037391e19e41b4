package org.adcheck.verification;

/**
 * A mixed relative/absolute tolerance: {@code a} and {@code b} agree when
 * {@code |a − b| ≤ absolute + relative · max(|a|, |b|)}.
 *
 * @param relative the relative part, finite and ≥ 0
 * @param absolute the absolute floor, finite and ≥ 0
 */
public record Tolerance(double relative, double absolute) {

    public Tolerance {
        requireValid("relative", relative);
        requireValid("absolute", absolute);
    }

    static void requireValid(String name, double tolerance) {
        if (Double.isNaN(tolerance) || tolerance < 0 || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException(
                    name + " tolerance must be finite and >= 0, got " + tolerance);
        }
    }

    /** The largest difference allowed between {@code a} and {@code b}. */
    public double allowed(double a, double b) {
        return absolute + relative * Math.max(Math.abs(a), Math.abs(b));
    }


    @Override
    public String toString() {
        return "relative " + relative + ", absolute " + absolute;
    }
}
