package org.adcheck.verification.backend.hipparchus;

import org.adcheck.ad.Num;
import org.hipparchus.analysis.differentiation.Gradient;
import org.hipparchus.special.Erf;
import org.hipparchus.util.FastMath;

/**
 * The {@link Num} algebra over Hipparchus's {@link Gradient}: a value and its n first-order
 * partials.
 *
 * <p>This type is worth having only because it is an <em>independent</em> implementation, so every
 * method that {@code Gradient} (or {@link FastMath}'s generic field functions) offers is mapped
 * straight onto it, with Hipparchus's own derivative rules and its own kink conventions, which are
 * recorded, not corrected (see {@link HipparchusBackend#CONVENTION_DIFFERENCES}).
 *
 * <p>Hipparchus lacks {@code log2}, {@code sigmoid}, {@code softplus}, {@code relu}, a
 * value-and-derivative {@code erf} and {@code select}; each of these is composed below and its
 * javadoc says how. Where a composition states a local derivative, the chain rule is still
 * Hipparchus's: {@link Gradient#compose(double, double)} multiplies it into every partial.
 */
final class HipparchusNum implements Num<HipparchusNum> {

    private static final double TWO_OVER_SQRT_PI = 2.0 / FastMath.sqrt(FastMath.PI);
    private static final double LN2 = FastMath.log(2.0);

    private final Gradient g;

    HipparchusNum(Gradient g) {
        this.g = g;
    }

    /** Variable {@code index} of {@code size}, with value {@code x}: its partials are the unit vector. */
    static HipparchusNum variable(int size, int index, double x) {
        return new HipparchusNum(Gradient.variable(size, index, x));
    }

    /** A constant with {@code size} zero partials. */
    static HipparchusNum constant(int size, double c) {
        return new HipparchusNum(Gradient.constant(size, c));
    }

    /** The wrapped Hipparchus value. */
    Gradient gradient() {
        return g;
    }

    double value() {
        return g.getValue();
    }

    double[] partials() {
        return g.getGradient();
    }

    private static HipparchusNum of(Gradient g) {
        return new HipparchusNum(g);
    }

    @Override
    public HipparchusNum constant(double c) {
        return of(Gradient.constant(g.getFreeParameters(), c));
    }

    @Override
    public HipparchusNum add(HipparchusNum other) {
        return of(g.add(other.g));
    }

    @Override
    public HipparchusNum add(double c) {
        return of(g.add(c));
    }

    @Override
    public HipparchusNum sub(HipparchusNum other) {
        return of(g.subtract(other.g));
    }

    @Override
    public HipparchusNum sub(double c) {
        return of(g.subtract(c));
    }

    /** {@code c − this} as {@code (−this) + c}: exact, like the subtraction itself. */
    @Override
    public HipparchusNum rsub(double c) {
        return of(g.negate().add(c));
    }

    @Override
    public HipparchusNum mul(HipparchusNum other) {
        return of(g.multiply(other.g));
    }

    @Override
    public HipparchusNum mul(double c) {
        return of(g.multiply(c));
    }

    @Override
    public HipparchusNum div(HipparchusNum other) {
        return of(g.divide(other.g));
    }

    @Override
    public HipparchusNum div(double c) {
        return of(g.divide(c));
    }

    /** {@code c / this} through Hipparchus's quotient rule, so the value is one correctly rounded division. */
    @Override
    public HipparchusNum rdiv(double c) {
        return of(Gradient.constant(g.getFreeParameters(), c).divide(g));
    }

    @Override
    public HipparchusNum neg() {
        return of(g.negate());
    }

    /**
     * Hipparchus's {@code Derivative.pow(T)}: {@code exp(exponent · log(this))}. It is therefore NaN
     * for a negative base even with an integer exponent, and at a zero base the partials are NaN
     * (and {@code 0^0} is NaN): convention differences, recorded.
     */
    @Override
    public HipparchusNum pow(HipparchusNum exponent) {
        return of(g.pow(exponent.g));
    }

    /**
     * Hipparchus's {@code pow(int)} when {@code c} is an integer (exact for negative bases), its
     * {@code pow(double)} otherwise. Both return the constant 1 for {@code c = 0}, and both compute
     * the value as {@code x^(c−1)·x}, so at x = 0 with c &lt; 1, c ≠ 0 the value is NaN (∞·0):
     * a convention difference, recorded.
     */
    @Override
    public HipparchusNum pow(double c) {
        if (c == Math.rint(c) && Math.abs(c) <= Integer.MAX_VALUE) {
            return of(g.pow((int) c));
        }
        return of(g.pow(c));
    }

    /** Hipparchus's static {@code Gradient.pow(c, x)}; it returns the constant 0 whenever {@code c = 0}. */
    @Override
    public HipparchusNum rpow(double c) {
        return of(Gradient.pow(c, g));
    }

    @Override
    public HipparchusNum exp() {
        return of(g.exp());
    }

    @Override
    public HipparchusNum expm1() {
        return of(g.expm1());
    }

    @Override
    public HipparchusNum log() {
        return of(g.log());
    }

    @Override
    public HipparchusNum log1p() {
        return of(g.log1p());
    }

    /**
     * Composed: Hipparchus has no {@code log2}, so this is {@code log(this) / ln 2} with Hipparchus's
     * own {@code log}. The value is not exact at powers of two (e.g. {@code log2(8)} may be off by an
     * ulp), unlike ad-core's.
     */
    @Override
    public HipparchusNum log2() {
        return of(g.log().divide(LN2));
    }

    @Override
    public HipparchusNum log10() {
        return of(g.log10());
    }

    @Override
    public HipparchusNum sqrt() {
        return of(g.sqrt());
    }

    @Override
    public HipparchusNum cbrt() {
        return of(g.cbrt());
    }

    @Override
    public HipparchusNum sin() {
        return of(g.sin());
    }

    @Override
    public HipparchusNum cos() {
        return of(g.cos());
    }

    @Override
    public HipparchusNum tan() {
        return of(g.tan());
    }

    @Override
    public HipparchusNum asin() {
        return of(g.asin());
    }

    @Override
    public HipparchusNum acos() {
        return of(g.acos());
    }

    @Override
    public HipparchusNum atan() {
        return of(g.atan());
    }

    /** Hipparchus's {@code y.atan2(x)}, with this as y, as in {@link Num#atan2}. */
    @Override
    public HipparchusNum atan2(HipparchusNum x) {
        return of(g.atan2(x.g));
    }

    @Override
    public HipparchusNum sinh() {
        return of(g.sinh());
    }

    @Override
    public HipparchusNum cosh() {
        return of(g.cosh());
    }

    @Override
    public HipparchusNum tanh() {
        return of(g.tanh());
    }

    @Override
    public HipparchusNum asinh() {
        return of(g.asinh());
    }

    @Override
    public HipparchusNum acosh() {
        return of(g.acosh());
    }

    @Override
    public HipparchusNum atanh() {
        return of(g.atanh());
    }

    /**
     * Hipparchus's {@code Gradient.abs()}: it negates when the sign bit is set, so
     * {@code abs'(+0) = +1} and {@code abs'(−0) = −1} (PyTorch and ad-core: 0). Recorded.
     */
    @Override
    public HipparchusNum abs() {
        return of(g.abs());
    }

    /**
     * Composed: Hipparchus has no sigmoid. Value {@code 1/(1 + e^−x)} for x ≥ 0 and
     * {@code e^x/(1 + e^x)} below, so neither overflows; local derivative
     * {@code σ(x)·σ(−x)}, which keeps full relative accuracy in both tails (unlike
     * {@code σ(1 − σ)}); chained by {@code Gradient.compose}.
     */
    @Override
    public HipparchusNum sigmoid() {
        double x = g.getValue();
        return of(g.compose(logistic(x), logistic(x) * logistic(-x)));
    }

    /**
     * Composed: Hipparchus has no softplus. Value {@code max(x, 0) + log1p(e^−|x|)}, which neither
     * overflows nor loses the small tail; local derivative σ(x); chained by {@code Gradient.compose}.
     */
    @Override
    public HipparchusNum softplus() {
        double x = g.getValue();
        double value = Math.max(x, 0.0) + FastMath.log1p(FastMath.exp(-Math.abs(x)));
        return of(g.compose(value, logistic(x))); // NaN in, NaN out: max and exp both pass it on
    }

    /**
     * Composed: Hipparchus has no relu, so this is Hipparchus's {@code FastMath.max(this, 0)}. At a
     * tie that function returns its second argument, here the constant 0, so
     * {@code relu'(0) = 0}, the same as PyTorch.
     */
    @Override
    public HipparchusNum relu() {
        return of(FastMath.max(g, g.getField().getZero()));
    }

    /**
     * Composed: the value is Hipparchus's {@link Erf#erf(double)} and the local derivative the
     * textbook {@code 2/√π · e^(−x²)}, chained by {@code Gradient.compose}. (Hipparchus's generic
     * {@code Erf.erf(T)} differentiates through a series approximation instead; not used.)
     */
    @Override
    public HipparchusNum erf() {
        double x = g.getValue();
        return of(g.compose(Erf.erf(x), TWO_OVER_SQRT_PI * FastMath.exp(-x * x)));
    }

    /**
     * Hipparchus's {@code Gradient.hypot}: rescaled {@code sqrt(x² + y²)}, returning {@code |x|}
     * (or {@code |y|}) when the other is negligible. At (0, 0) the partials are NaN (PyTorch: 0).
     */
    @Override
    public HipparchusNum hypot(HipparchusNum y) {
        return of(g.hypot(y.g));
    }

    /**
     * Hipparchus's {@code FastMath.min(T, T)}. At a tie it returns the second argument whole, so
     * {@code other} gets the entire derivative (PyTorch: half to each). Recorded.
     */
    @Override
    public HipparchusNum min(HipparchusNum other) {
        return of(FastMath.min(g, other.g));
    }

    /**
     * Hipparchus's {@code FastMath.max(T, T)}. At a tie it returns the second argument whole, so
     * {@code other} gets the entire derivative (PyTorch: half to each). Recorded.
     */
    @Override
    public HipparchusNum max(HipparchusNum other) {
        return of(FastMath.max(g, other.g));
    }

    /**
     * Composed: Hipparchus has no branch-selection primitive. The chosen branch is returned as is,
     * value and partials; a NaN condition chooses {@code otherwise}, as {@code NaN > 0} is false.
     */
    @Override
    public HipparchusNum select(HipparchusNum whenPositive, HipparchusNum otherwise) {
        return g.getValue() > 0.0 ? whenPositive : otherwise;
    }

    private static double logistic(double x) {
        if (x >= 0.0) {
            return 1.0 / (1.0 + FastMath.exp(-x));
        }
        double e = FastMath.exp(x);
        return e / (1.0 + e); // also NaN for NaN
    }

    @Override
    public String toString() {
        return "HipparchusNum[value=" + g.getValue() + ", gradient=" + java.util.Arrays.toString(g.getGradient()) + "]";
    }
}
