package org.adcheck.verification.report;

import java.util.List;

/**
 * How relative errors between two backends are distributed, in decades.
 *
 * <p>{@code counts[0]} counts exact agreement (relative error 0). {@code counts[k]} for
 * {@code k = 1..18} counts errors with {@code log10} in {@code [k − 18, k − 17)}, i.e. bin 1 is
 * below 1e-16 and bin 17 is [1e-1, 1); bin 18 is 1 and above.
 *
 * @param pair {@code forward-ad~pytorch}
 * @param counts 19 counts, as described
 */
public record ErrorHistogram(String pair, List<Integer> counts) {

    /** Number of bins. */
    public static final int BINS = org.adcheck.verification.VerificationResult.BINS;

    public ErrorHistogram {
        counts = List.copyOf(counts);
        if (counts.size() != BINS) {
            throw new IllegalArgumentException("an error histogram has " + BINS + " bins, got " + counts.size());
        }
    }

    /** The bin of a relative error. */
    public static int bin(double relativeError) {
        return org.adcheck.verification.VerificationResult.bin(relativeError);
    }

    /** The label of bin {@code k}, e.g. {@code 1e-13}. */
    public static String label(int k) {
        if (k == 0) {
            return "0";
        }
        if (k == 1) {
            return "<1e-16";
        }
        if (k == BINS - 1) {
            return ">=1";
        }
        return "1e" + (k - 18);
    }
}
