package org.adcheck.ad;

import static org.adcheck.ad.ElementaryFunctions.chain;

/**
 * A dual number: a value and one tangent, the directional derivative of the value along the seed
 * direction. This is the tutorial's {@code ADTangent} done right: immutable, every function of the
 * expression language, and constants on either side ({@code x.sub(1.0)}, {@code x.rsub(1.0)},
 * {@code Dual.constantOf(1).sub(x)}, {@code x.mul(2)}).
 *
 * <pre>{@code
 * Dual x1 = Dual.variable(2), x2 = Dual.constantOf(5);   // seed x1
 * Dual f = x1.log().add(x1.mul(x2)).sub(x2.sin());
 * f.toString();   // "value:11.6521, grad:5.5"
 * }</pre>
 *
 * <p><b>Rules.</b> Each method's javadoc states the derivative rule and the domain. Kinks follow
 * PyTorch autograd: {@code abs'(0) = 0}, {@code relu'(0) = 0}, and a tie in {@code min}/{@code max}
 * gives half of each tangent.
 *
 * <p><b>Off the domain.</b> Where {@code java.lang.Math} gives NaN or ±∞ for the value, the tangent
 * follows the same derivative formula in IEEE arithmetic, as PyTorch does: {@code log(0) = −∞}
 * with derivative {@code 1/0 = +∞}; {@code log(−1) = NaN} with derivative {@code 1/(−1) = −1};
 * {@code sqrt(−1) = NaN} with derivative NaN; {@code asin(2) = NaN} with derivative NaN. Nothing
 * throws.
 *
 * <p><b>Zero tangents.</b> A zero tangent contributes exactly zero to the result's tangent, even
 * where the local derivative is infinite or NaN ({@code ∞ · 0} would be NaN). A zero tangent means
 * "this value does not depend on the seeded input", and reverse mode (PyTorch) propagates no
 * gradient along such an edge; so {@code Dual.constantOf(0).sqrt()} has tangent 0, not NaN.
 *
 * <p>Equality is the record's: component-wise {@link Double#compare}, so NaN equals NaN and
 * {@code 0.0} differs from {@code -0.0}.
 *
 * @param value the value
 * @param tangent the derivative of the value along the seed direction
 */
public record Dual(double value, double tangent) implements Num<Dual> {

    /** An independent variable at {@code x}: tangent 1, seeded for differentiation. */
    public static Dual variable(double x) {
        return new Dual(x, 1.0);
    }

    /**
     * A constant {@code c}: tangent 0. (Named {@code constantOf} because the instance method
     * {@link #constant(double)} of {@link Num} takes the name {@code constant}.)
     */
    public static Dual constantOf(double c) {
        return new Dual(c, 0.0);
    }

    /** The constant {@code c}, tangent 0. */
    @Override
    public Dual constant(double c) {
        return new Dual(c, 0.0);
    }

    private Dual unary(double newValue, double derivative) {
        return new Dual(newValue, chain(derivative, tangent));
    }

    private Dual binary(double newValue, double derivative, Dual other, double otherDerivative) {
        return new Dual(newValue, chain(derivative, tangent) + chain(otherDerivative, other.tangent));
    }

    // ------------------------------------------------------------ arithmetic

    /** a + b; tangent a' + b'. Everywhere defined (∞ + −∞ = NaN, as IEEE). */
    @Override
    public Dual add(Dual other) {
        return new Dual(value + other.value, tangent + other.tangent);
    }

    /** a + c; tangent a'. */
    @Override
    public Dual add(double c) {
        return new Dual(value + c, tangent);
    }

    /** a − b; tangent a' − b'. */
    @Override
    public Dual sub(Dual other) {
        return new Dual(value - other.value, tangent - other.tangent);
    }

    /** a − c; tangent a' (the tutorial wrote the wrong field here). */
    @Override
    public Dual sub(double c) {
        return new Dual(value - c, tangent);
    }

    /** c − a; tangent −a'. */
    @Override
    public Dual rsub(double c) {
        return new Dual(c - value, -tangent);
    }

    /** a·b; product rule: b·a' + a·b'. */
    @Override
    public Dual mul(Dual other) {
        return binary(value * other.value, other.value, other, value);
    }

    /** a·c; tangent c·a'. */
    @Override
    public Dual mul(double c) {
        return unary(value * c, c);
    }

    /**
     * a/b; quotient rule: a'/b − (a/b)·b'/b, formed as {@code (1/b)·a' + (−q/b)·b'} with q = a/b
     * so that q/b cannot overflow where a/b² would. b = 0 gives ±∞ or NaN, as IEEE.
     */
    @Override
    public Dual div(Dual other) {
        double quotient = value / other.value;
        return binary(quotient, 1.0 / other.value, other, -quotient / other.value);
    }

    /** a/c; tangent a'·(1/c). */
    @Override
    public Dual div(double c) {
        return unary(value / c, 1.0 / c);
    }

    /** c/a; tangent −(c/a)/a · a' (= −c/a² · a'); a = 0 gives ±∞ and an infinite tangent. */
    @Override
    public Dual rdiv(double c) {
        double quotient = c / value;
        return unary(quotient, -quotient / value);
    }

    /** −a; tangent −a'. */
    @Override
    public Dual neg() {
        return new Dual(-value, -tangent);
    }

    // ----------------------------------------------------------------- powers

    /**
     * x^y with both variable: value {@code Math.pow(x, y)}. ∂/∂x = y·x^(y−1), exactly 0 when
     * y == 0. ∂/∂y = x^y·ln x, exactly 0 where x == 0 and y ≥ 0 (PyTorch's masks). A negative base
     * with a non-integer exponent gives NaN (IEEE); with an integer exponent the value and ∂/∂x are
     * exact, and ∂/∂y is NaN (ln of a negative number), which a constant exponent never sees.
     */
    @Override
    public Dual pow(Dual exponent) {
        double x = value;
        double y = exponent.value;
        double power = Math.pow(x, y);
        return binary(power, ElementaryFunctions.powBaseDerivative(x, y),
                exponent, ElementaryFunctions.powExponentDerivative(x, y, power));
    }

    /**
     * x^c: value {@code Math.pow(x, c)}; derivative c·x^(c−1), exactly 0 when c == 0 (so
     * 0^0 = 1 has derivative 0). For integer c both are exact for negative x; a negative x with
     * non-integer c gives NaN. At x = 0: c &lt; 1 gives an infinite derivative, c = 1 gives 1.
     */
    @Override
    public Dual pow(double c) {
        return unary(Math.pow(value, c), ElementaryFunctions.powBaseDerivative(value, c));
    }

    /**
     * c^x: value {@code Math.pow(c, x)}; derivative c^x·ln c, exactly 0 when c == 0 and x ≥ 0.
     * c &lt; 0 gives NaN except at integer x, where the derivative is NaN (ln c).
     */
    @Override
    public Dual rpow(double c) {
        double power = Math.pow(c, value);
        return unary(power, ElementaryFunctions.powExponentDerivative(c, value, power));
    }

    /** e^x; derivative e^x. Overflows to +∞ above ~709.78, both value and derivative. */
    @Override
    public Dual exp() {
        double e = Math.exp(value);
        return unary(e, e);
    }

    /** e^x − 1 ({@code Math.expm1}, accurate near 0); derivative e^x. */
    @Override
    public Dual expm1() {
        return unary(Math.expm1(value), Math.exp(value));
    }

    /** ln x; derivative 1/x. Domain x &gt; 0; log(0) = −∞ with derivative +∞, x &lt; 0 gives NaN with derivative 1/x. */
    @Override
    public Dual log() {
        return unary(Math.log(value), 1.0 / value);
    }

    /**
     * ln(1 + x) ({@code Math.log1p}, accurate near 0); derivative 1/(1 + x). Domain x &gt; −1; at
     * −1 −∞ with derivative +∞, below NaN with derivative 1/(1 + x).
     */
    @Override
    public Dual log1p() {
        return unary(Math.log1p(value), 1.0 / (1.0 + value));
    }

    /**
     * log₂ x (exact for powers of two); derivative 1/(x·ln 2). Domain x &gt; 0; off it as {@link
     * #log()}.
     */
    @Override
    public Dual log2() {
        return unary(ElementaryFunctions.log2(value), 1.0 / (value * ElementaryFunctions.LN2));
    }

    /** log₁₀ x; derivative 1/(x·ln 10). Domain x &gt; 0; off it as {@link #log()}. */
    @Override
    public Dual log10() {
        return unary(Math.log10(value), 1.0 / (value * ElementaryFunctions.LN10));
    }

    /** √x; derivative 1/(2√x). Domain x ≥ 0; at 0 the derivative is +∞, below 0 both are NaN. */
    @Override
    public Dual sqrt() {
        double root = Math.sqrt(value);
        return unary(root, 1.0 / (2.0 * root));
    }

    /** ∛x ({@code Math.cbrt}, defined for negative x too); derivative 1/(3·∛x²), +∞ at 0. */
    @Override
    public Dual cbrt() {
        double root = Math.cbrt(value);
        return unary(root, ElementaryFunctions.cbrtDerivative(root));
    }

    // ---------------------------------------------------------- trigonometry

    /** sin x; derivative cos x. NaN at ±∞. */
    @Override
    public Dual sin() {
        return unary(Math.sin(value), Math.cos(value));
    }

    /** cos x; derivative −sin x. NaN at ±∞. */
    @Override
    public Dual cos() {
        return unary(Math.cos(value), -Math.sin(value));
    }

    /** tan x; derivative 1 + tan² x. Near the poles both grow large (no double hits a pole exactly). */
    @Override
    public Dual tan() {
        double t = Math.tan(value);
        return unary(t, 1.0 + t * t);
    }

    /**
     * asin x; derivative 1/√(1 − x²), formed as 1/√((1 − x)(1 + x)) for accuracy near ±1. Domain
     * [−1, 1]; the derivative is +∞ at ±1; outside, value and derivative are NaN.
     */
    @Override
    public Dual asin() {
        return unary(Math.asin(value), ElementaryFunctions.asinDerivative(value));
    }

    /** acos x; derivative −1/√(1 − x²) (accurate near ±1). Domain [−1, 1]; −∞ at ±1, NaN outside. */
    @Override
    public Dual acos() {
        return unary(Math.acos(value), -ElementaryFunctions.asinDerivative(value));
    }

    /** atan x; derivative 1/(1 + x²). Everywhere defined; the derivative is 0 at ±∞. */
    @Override
    public Dual atan() {
        return unary(Math.atan(value), 1.0 / (1.0 + value * value));
    }

    /**
     * atan2(y, x) with this as y: value {@code Math.atan2(y, x)}; ∂/∂y = x/(x² + y²), ∂/∂x =
     * −y/(x² + y²), both formed through h = hypot(x, y) so huge or tiny arguments neither overflow
     * nor underflow. At (0, 0) both partials are NaN (0/0), while the value is ±0 or ±π.
     */
    @Override
    public Dual atan2(Dual x) {
        double h = Math.hypot(x.value, value);
        return binary(Math.atan2(value, x.value), ElementaryFunctions.atan2DerivativeY(x.value, h),
                x, ElementaryFunctions.atan2DerivativeX(value, h));
    }

    // ------------------------------------------------------------- hyperbolic

    /** sinh x; derivative cosh x. Overflows to ±∞ beyond |x| ≈ 710. */
    @Override
    public Dual sinh() {
        return unary(Math.sinh(value), Math.cosh(value));
    }

    /** cosh x; derivative sinh x. Overflows to +∞ beyond |x| ≈ 710. */
    @Override
    public Dual cosh() {
        return unary(Math.cosh(value), Math.sinh(value));
    }

    /**
     * tanh x; derivative 1 − tanh² x, formed as 1/cosh² x to avoid the cancellation as tanh x → ±1
     * (it is 0 beyond |x| ≈ 355, where the true value is below 1e-308).
     */
    @Override
    public Dual tanh() {
        return unary(Math.tanh(value), ElementaryFunctions.tanhDerivative(value));
    }

    /**
     * asinh x = sign(x)·log1p(|x| + x²/(1 + √(1 + x²))), log(2|x|) for |x| &gt; 2^28; derivative
     * 1/√(1 + x²) (1/|x| once x² would overflow). Everywhere defined.
     */
    @Override
    public Dual asinh() {
        return unary(ElementaryFunctions.asinh(value), ElementaryFunctions.asinhDerivative(value));
    }

    /**
     * acosh x, accurate near 1 (log1p(t + √(2t + t²)), t = x − 1) and for huge x (log 2x);
     * derivative 1/√(x² − 1), formed as 1/√((x − 1)(x + 1)). Domain x ≥ 1; +∞ derivative at 1;
     * below 1 the value is NaN and the derivative NaN.
     */
    @Override
    public Dual acosh() {
        return unary(ElementaryFunctions.acosh(value), ElementaryFunctions.acoshDerivative(value));
    }

    /**
     * atanh x = 0.5·log1p(2x/(1 − x)) (on |x|, sign restored); derivative 1/(1 − x²), formed as
     * 1/((1 − x)(1 + x)). Domain (−1, 1); ±∞ with derivative +∞ at ±1; beyond, the value is NaN and
     * the derivative follows the formula (negative, finite).
     */
    @Override
    public Dual atanh() {
        return unary(ElementaryFunctions.atanh(value), ElementaryFunctions.atanhDerivative(value));
    }

    // ----------------------------------------------------- kinks and specials

    /** |x|; derivative sign(x), with sign(0) = 0 (PyTorch's convention, so abs'(0) = 0). */
    @Override
    public Dual abs() {
        return unary(Math.abs(value), ElementaryFunctions.absDerivative(value));
    }

    /**
     * 1/(1 + e^−x), computed as e^x/(1 + e^x) for x &lt; 0 so nothing overflows; derivative
     * s(1 − s), formed as e/(1 + e)² with e = e^−|x| (no cancellation, 0 beyond |x| ≈ 745).
     * Everywhere defined.
     */
    @Override
    public Dual sigmoid() {
        return unary(ElementaryFunctions.sigmoid(value), ElementaryFunctions.sigmoidDerivative(value));
    }

    /**
     * ln(1 + e^x), computed as max(x, 0) + log1p(e^−|x|) so nothing overflows (softplus(750) =
     * 750); derivative sigmoid(x). Everywhere defined.
     */
    @Override
    public Dual softplus() {
        return unary(ElementaryFunctions.softplus(value), ElementaryFunctions.sigmoid(value));
    }

    /** max(x, 0); derivative 1 for x &gt; 0, else 0 (relu'(0) = 0, PyTorch's convention). */
    @Override
    public Dual relu() {
        return unary(Math.max(value, 0.0), ElementaryFunctions.reluDerivative(value));
    }

    /**
     * erf x (a port of fdlibm's {@code s_erf.c}, within 1–2 ulps); derivative 2/√π·e^(−x²).
     * Everywhere defined; erf(±∞) = ±1 with derivative 0.
     */
    @Override
    public Dual erf() {
        return unary(ErrorFunction.erf(value), ElementaryFunctions.erfDerivative(value));
    }

    /**
     * √(x² + y²) via {@code Math.hypot} (no overflow or underflow); ∂/∂x = x/h, ∂/∂y = y/h. At
     * h = 0 both partials are 0, as PyTorch's {@code hypot} backward gives.
     */
    @Override
    public Dual hypot(Dual y) {
        double h = Math.hypot(value, y.value);
        return binary(h, ElementaryFunctions.hypotDerivative(value, h),
                y, ElementaryFunctions.hypotDerivative(y.value, h));
    }

    /**
     * min(a, b) ({@code Math.min}, NaN-propagating); the smaller argument passes its whole tangent,
     * a tie (a == b) passes half of each (PyTorch's {@code minimum}); with a NaN both pass theirs.
     */
    @Override
    public Dual min(Dual other) {
        return binary(Math.min(value, other.value), ElementaryFunctions.minShare(value, other.value),
                other, ElementaryFunctions.minShare(other.value, value));
    }

    /**
     * max(a, b) ({@code Math.max}, NaN-propagating); the larger argument passes its whole tangent,
     * a tie (a == b) passes half of each (PyTorch's {@code maximum}); with a NaN both pass theirs.
     */
    @Override
    public Dual max(Dual other) {
        return binary(Math.max(value, other.value), ElementaryFunctions.maxShare(value, other.value),
                other, ElementaryFunctions.maxShare(other.value, value));
    }

    /**
     * {@code this.value > 0 ? whenPositive : otherwise}: the chosen branch, value and tangent. The
     * condition contributes no derivative; a NaN or zero condition chooses {@code otherwise}.
     */
    @Override
    public Dual select(Dual whenPositive, Dual otherwise) {
        return value > 0.0 ? whenPositive : otherwise;
    }

    /**
     * The tutorial's format: {@code value:11.6521, grad:5.5}, each number rounded to 4 decimals
     * (HALF_EVEN), trailing zeros stripped but one decimal kept.
     */
    @Override
    public String toString() {
        return "value:" + RoundedDecimal.format(value) + ", grad:" + RoundedDecimal.format(tangent);
    }
}
