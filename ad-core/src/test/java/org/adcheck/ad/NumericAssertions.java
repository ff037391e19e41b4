package org.adcheck.ad;

import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.MathContext;

/** Floating-point assertions whose failure messages list facts, expected value first. */
final class NumericAssertions {

    private NumericAssertions() {}

    /**
     * {@code actual} within {@code relativeTolerance·|expected|} of {@code expected}; NaN must meet
     * NaN and an infinity the same infinity. Differences below {@link Double#MIN_NORMAL} always
     * pass, so an expected 0 accepts a subnormal.
     */
    static void assertClose(String what, double actual, double expected, double relativeTolerance) {
        boolean ok;
        if (Double.isNaN(expected)) {
            ok = Double.isNaN(actual);
        } else if (Double.isInfinite(expected)) {
            ok = actual == expected;
        } else {
            double difference = Math.abs(actual - expected);
            ok = difference <= relativeTolerance * Math.abs(expected) || difference < Double.MIN_NORMAL;
        }
        if (!ok) {
            fail(String.format("%s%n  expected   : %s%n  actual     : %s%n  difference : %s%n"
                            + "  tolerance  : %s (relative)",
                    what, expected, actual, Math.abs(actual - expected), relativeTolerance));
        }
    }

    /** The same double, bit for bit up to NaN payloads (so 0.0 and −0.0 differ). */
    static void assertSameDouble(String what, double actual, double expected) {
        if (Double.compare(actual, expected) != 0) {
            fail(String.format("%s%n  expected   : %s%n  actual     : %s", what, expected, actual));
        }
    }

    /**
     * {@code actual} within {@code maxUlps} units in the last place of the exact {@code reference}
     * (a decimal string with more digits than a double holds; {@code +inf}/{@code -inf} allowed).
     */
    static void assertWithinUlps(String what, double actual, String reference, double maxUlps) {
        double expected = parseReference(reference);
        if (Double.isInfinite(expected) || expected == 0.0) {
            if (actual != expected) {
                fail(String.format("%s%n  expected   : %s%n  actual     : %s", what, reference, actual));
            }
            return;
        }
        BigDecimal exact = new BigDecimal(reference);
        double ulps = Double.isFinite(actual)
                ? new BigDecimal(actual).subtract(exact).abs()
                        .divide(new BigDecimal(Math.ulp(expected)), MathContext.DECIMAL64).doubleValue()
                : Double.POSITIVE_INFINITY;
        if (!(ulps <= maxUlps)) {
            fail(String.format("%s%n  expected   : %s%n  actual     : %s%n  error      : %.3f ulps%n"
                    + "  tolerance  : %s ulps", what, reference, actual, ulps, maxUlps));
        }
    }

    static double parseReference(String reference) {
        switch (reference) {
            case "+inf":
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            default:
                return Double.parseDouble(reference);
        }
    }
}
