package org.adcheck.ad;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The tutorial's way of printing a number: 4 decimals, as Python's {@code round(x, 4)} shows it. */
final class RoundedDecimal {

    private RoundedDecimal() {}

    /**
     * {@code x} rounded to 4 decimals (HALF_EVEN on the exact binary value, as Python does),
     * trailing zeros stripped but one decimal kept: 11.652071455223084 → {@code 11.6521}, 2 →
     * {@code 2.0}. NaN and ±∞ print as Java does; magnitudes of 1e16 and above, which have no
     * fractional digits to round, print in Java's scientific form ({@code 1.0E300}).
     */
    static String format(double x) {
        if (!Double.isFinite(x) || Math.abs(x) >= 1e16) {
            return Double.toString(x);
        }
        BigDecimal rounded = new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (rounded.scale() < 1) {
            rounded = rounded.setScale(1, RoundingMode.UNNECESSARY);
        }
        return rounded.toPlainString();
    }
}
