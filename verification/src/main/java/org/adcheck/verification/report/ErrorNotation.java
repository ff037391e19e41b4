package org.adcheck.verification.report;

import java.util.Locale;

/**
 * How reports print relative errors and counts: {@code 2.1e-15}, {@code 0}, {@code 12,345}. Two
 * significant digits are enough to compare errors that matter only by their decade, and the
 * exponent is not zero-padded ({@code 1.0e-5}, not Java's {@code 1.0e-05}).
 */
final class ErrorNotation {

    private ErrorNotation() {}

    /** A relative error: {@code 0}, {@code 2.1e-15}, {@code 1e-13}, {@code NaN}, {@code Infinity}. */
    static String error(double value) {
        if (value == 0) {
            return "0";
        }
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        String text = String.format(Locale.ROOT, "%.1e", value);
        int e = text.indexOf('e');
        int exponent = Integer.parseInt(text.substring(e + 1));
        String mantissa = text.substring(0, e);
        return (mantissa.endsWith(".0") ? mantissa.substring(0, mantissa.length() - 2) : mantissa) + "e" + exponent;
    }

    /** A count with thousands separators: {@code 12,345}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A growth or shrink factor: {@code 10}, {@code 12.5}, {@code 2143}, {@code 4.1e15}, {@code ∞}. */
    static String factor(double value) {
        if (!Double.isFinite(value)) {
            return "∞";
        }
        if (value >= 1e5) {
            return error(value);
        }
        return value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
