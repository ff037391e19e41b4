package org.adcheck.verification;

/**
 * The largest relative difference between two backends over a run, and where it occurred.
 *
 * @param pair {@code "forward-ad~pytorch"}
 * @param relativeError {@code |a − b| / max(|a|, |b|, scale)}; 0 when they never differ
 * @param point the index of the point where it occurred, −1 when none
 * @param coordinates that point's coordinates, empty when none
 * @param quantity {@code f} or the variable name, "" when none
 */
public record PairError(String pair, double relativeError, int point, double[] coordinates, String quantity) {

    public PairError {
        coordinates = coordinates.clone();
    }

    @Override
    public double[] coordinates() {
        return coordinates.clone();
    }

    /** The pair name for two backends, in the given order. */
    public static String pairName(String a, String b) {
        return a + "~" + b;
    }
}
