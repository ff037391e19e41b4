package org.adcheck.ad;

/**
 * The scalar values and local derivatives that {@link Real}, {@link Dual} and {@link VectorDual}
 * share, so that the three types follow one rule per function, bit for bit.
 *
 * <p>Only what {@code java.lang.Math} lacks or gets wrong for our purposes lives here: accurate
 * inverse hyperbolic functions, an exact-for-powers-of-two {@code log2}, overflow-free sigmoid and
 * softplus, and derivative formulas written to keep full relative accuracy near domain edges.
 */
final class ElementaryFunctions {

    static final double LN2 = 0.6931471805599453; // Math.log(2), correctly rounded
    static final double LN10 = 2.302585092994046; // Math.log(10), correctly rounded
    static final double TWO_OVER_SQRT_PI = 1.1283791670955126; // 2/sqrt(pi), correctly rounded

    /** Above this magnitude x² + 1 rounds to x², and above ~1.3e154 it overflows. */
    private static final double HUGE_ARGUMENT = 0x1p28;
    /** Above this magnitude x² overflows or leaves 1 behind: the derivatives use 1/|x|. */
    private static final double SQUARE_LIMIT = 1e150;

    private ElementaryFunctions() {}

    /**
     * The chain-rule product {@code derivative · tangent}, except that a zero tangent contributes
     * exactly zero even where the local derivative is infinite or NaN. A zero tangent means "does
     * not depend on this input", as in reverse mode where no gradient flows along a missing edge:
     * without this, {@code sqrt(x2) + x1} at x2 = 0 would report ∂/∂x1 = NaN (∞ · 0) where PyTorch
     * reports 1.
     */
    static double chain(double derivative, double tangent) {
        double product = derivative * tangent;
        return tangent == 0.0 && !Double.isFinite(derivative) ? 0.0 : product;
    }

    // ---------------------------------------------------------------- values

    /** log₂ x, exact for powers of two; NaN for x &lt; 0 and NaN, −∞ at ±0, +∞ at +∞. */
    static double log2(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            return Math.log(x); // NaN, −∞ or +∞, the same as log₂ would give
        }
        int shift = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            shift = -54;
        }
        int exponent = Math.getExponent(x);
        double mantissa = Math.scalb(x, -exponent); // in [1, 2)
        if (mantissa > Math.sqrt(2.0)) { // keep log(mantissa) small so e + log2(m) cannot cancel
            mantissa *= 0.5;
            exponent++;
        }
        return (exponent + shift) + Math.log(mantissa) / LN2;
    }

    /** asinh x = sign(x)·log1p(|x| + x²/(1 + sqrt(1 + x²))), log(2|x|) for |x| &gt; 2^28. */
    static double asinh(double x) {
        double a = Math.abs(x);
        double result;
        if (a > HUGE_ARGUMENT) {
            result = Math.log(a) + LN2; // log(2a) without overflowing 2a
        } else {
            double square = a * a;
            result = Math.log1p(a + square / (1.0 + Math.sqrt(1.0 + square)));
        }
        return Math.copySign(result, x); // NaN passes through (copySign keeps the NaN)
    }

    /**
     * acosh x for x ≥ 1: log1p(t + sqrt(2t + t²)) with t = x − 1 below 2 (accurate near 1),
     * log(2x − 1/(x + sqrt(x² − 1))) up to 2^28, log(x) + ln 2 beyond. NaN for x &lt; 1 and NaN.
     */
    static double acosh(double x) {
        if (!(x >= 1.0)) {
            return Double.NaN;
        }
        if (x < 2.0) {
            double t = x - 1.0; // exact (Sterbenz)
            return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
        }
        if (x > HUGE_ARGUMENT) {
            return Math.log(x) + LN2; // +∞ stays +∞
        }
        return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
    }

    /**
     * atanh x = sign(x)·0.5·log1p(2|x|/(1 − |x|)); ±∞ at ±1, NaN for |x| &gt; 1. Working on |x|
     * keeps 1 − |x| exact near both ends.
     */
    static double atanh(double x) {
        double a = Math.abs(x);
        return Math.copySign(0.5 * Math.log1p(2.0 * a / (1.0 - a)), x);
    }

    /** 1/(1 + e^−x) for x ≥ 0, e^x/(1 + e^x) below: never exp of a large positive number. */
    static double sigmoid(double x) {
        if (x >= 0.0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x); // NaN falls here and stays NaN
        return e / (1.0 + e);
    }

    /** max(x, 0) + log1p(e^−|x|): no overflow for any finite x. */
    static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    // ------------------------------------------------------------ derivatives

    /**
     * d/dx x^c = c·x^(c−1), and exactly 0 for c == 0 (PyTorch masks it). Integer c stays exact for
     * negative x, including |c| ≥ 2^53: there c is even and c − 1 rounds back to c, so
     * {@code Math.pow(x, c − 1)} would lose the sign of the odd power x^(c−1).
     */
    static double powBaseDerivative(double x, double c) {
        if (c == 0.0) {
            return 0.0;
        }
        double power = Math.pow(x, c - 1.0);
        if (x < 0.0 && c - 1.0 == c && Double.isFinite(c)) {
            power = -power;
        }
        return c * power;
    }

    /**
     * d/dy x^y = x^y·ln x, and exactly 0 where x == 0 and y ≥ 0 (PyTorch's mask; otherwise
     * 0 · (−∞) would give NaN). {@code power} is x^y, already computed.
     */
    static double powExponentDerivative(double x, double y, double power) {
        return x == 0.0 && y >= 0.0 ? 0.0 : power * Math.log(x);
    }

    /** d/dx asin x = 1/sqrt(1 − x²), with 1 − x² formed as (1 − x)(1 + x) to stay accurate near ±1. */
    static double asinDerivative(double x) {
        return 1.0 / Math.sqrt((1.0 - x) * (1.0 + x));
    }

    /** d/dx tanh x = 1/cosh² x (= 1 − tanh² x without the cancellation as tanh x → ±1). */
    static double tanhDerivative(double x) {
        double c = Math.cosh(x);
        return 1.0 / (c * c);
    }

    /** d/dx asinh x = 1/sqrt(1 + x²), 1/|x| once x² would overflow. */
    static double asinhDerivative(double x) {
        double a = Math.abs(x);
        return a > SQUARE_LIMIT ? 1.0 / a : 1.0 / Math.sqrt(1.0 + x * x);
    }

    /** d/dx acosh x = 1/sqrt(x² − 1) = 1/sqrt((x − 1)(x + 1)), 1/x once x² would overflow. */
    static double acoshDerivative(double x) {
        return x > SQUARE_LIMIT ? 1.0 / x : 1.0 / Math.sqrt((x - 1.0) * (x + 1.0));
    }

    /** d/dx atanh x = 1/(1 − x²) = 1/((1 − x)(1 + x)). */
    static double atanhDerivative(double x) {
        return 1.0 / ((1.0 - x) * (1.0 + x));
    }

    /**
     * d/dx sigmoid x = s(1 − s), computed as e/(1 + e)² with e = exp(−|x|): the same value, but
     * without the cancellation in 1 − s for large x, and 0 (not NaN) for |x| beyond ~745.
     */
    static double sigmoidDerivative(double x) {
        double e = Math.exp(-Math.abs(x));
        double onePlus = 1.0 + e;
        return e / (onePlus * onePlus);
    }

    /** d/dx erf x = 2/sqrt(pi)·exp(−x²). */
    static double erfDerivative(double x) {
        return TWO_OVER_SQRT_PI * Math.exp(-x * x);
    }

    /** d/dx cbrt x = 1/(3·cbrt(x)²), given {@code root} = cbrt x; +∞ at 0. */
    static double cbrtDerivative(double root) {
        return 1.0 / (3.0 * root * root);
    }

    /**
     * ∂/∂y atan2(y, x) = x/(x² + y²), formed as (x/h)/h with h = hypot(x, y) so that neither square
     * overflows or underflows. NaN at (0, 0), where h = 0.
     */
    static double atan2DerivativeY(double x, double h) {
        return x / h / h;
    }

    /** ∂/∂x atan2(y, x) = −y/(x² + y²), formed as −(y/h)/h; NaN at (0, 0). */
    static double atan2DerivativeX(double y, double h) {
        return -(y / h) / h;
    }

    /** ∂/∂x hypot(x, y) = x/h, and 0 where h == 0 (PyTorch's mask). */
    static double hypotDerivative(double x, double h) {
        return h == 0.0 ? 0.0 : x / h;
    }

    /**
     * The share of the derivative that {@code max(a, b)} passes to a: 1 if a &gt; b, 0.5 on a tie, 0
     * if a &lt; b. With a NaN both arguments get 1, as in PyTorch's {@code maximum} backward.
     */
    static double maxShare(double a, double b) {
        return a < b ? 0.0 : a == b ? 0.5 : 1.0;
    }

    /** The share {@code min(a, b)} passes to a: 1 if a &lt; b, 0.5 on a tie, 0 if a &gt; b; 1 with a NaN. */
    static double minShare(double a, double b) {
        return a > b ? 0.0 : a == b ? 0.5 : 1.0;
    }

    /** d/dx |x| = sign(x), with sign(±0) = 0 (PyTorch's convention) and NaN for NaN. */
    static double absDerivative(double x) {
        return x > 0.0 ? 1.0 : x < 0.0 ? -1.0 : x == 0.0 ? 0.0 : Double.NaN;
    }

    /** d/dx relu x = 1 for x &gt; 0, else 0 (including x = 0 and NaN, as PyTorch). */
    static double reluDerivative(double x) {
        return x > 0.0 ? 1.0 : 0.0;
    }
}
