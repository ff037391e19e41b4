package org.adcheck.ad;

/**
 * A plain double in the {@link Num} algebra: values only, no derivatives. The finite-difference
 * backend evaluates functions through it.
 *
 * <p>Every function computes exactly the value that {@link Dual} and {@link VectorDual} compute
 * (the same {@code java.lang.Math} call or the same package-private implementation), so a
 * finite difference of {@code Real} and the forward-mode derivative describe the same function.
 *
 * <p><b>Off the domain</b> the value is {@code java.lang.Math}'s IEEE result and nothing throws:
 * {@code log(0) = −∞}, {@code log(−1) = NaN}, {@code sqrt(−1) = NaN}, {@code 1/0 = ∞}. Domains
 * are stated on each method.
 *
 * @param value the value
 */
public record Real(double value) implements Num<Real> {

    /** The constant {@code c}. */
    @Override
    public Real constant(double c) {
        return new Real(c);
    }

    /** a + b. */
    @Override
    public Real add(Real other) {
        return new Real(value + other.value);
    }

    /** a + c. */
    @Override
    public Real add(double c) {
        return new Real(value + c);
    }

    /** a − b. */
    @Override
    public Real sub(Real other) {
        return new Real(value - other.value);
    }

    /** a − c. */
    @Override
    public Real sub(double c) {
        return new Real(value - c);
    }

    /** c − a. */
    @Override
    public Real rsub(double c) {
        return new Real(c - value);
    }

    /** a·b. */
    @Override
    public Real mul(Real other) {
        return new Real(value * other.value);
    }

    /** a·c. */
    @Override
    public Real mul(double c) {
        return new Real(value * c);
    }

    /** a/b; ±∞ or NaN for b = 0. */
    @Override
    public Real div(Real other) {
        return new Real(value / other.value);
    }

    /** a/c; ±∞ or NaN for c = 0. */
    @Override
    public Real div(double c) {
        return new Real(value / c);
    }

    /** c/a; ±∞ or NaN for a = 0. */
    @Override
    public Real rdiv(double c) {
        return new Real(c / value);
    }

    /** −a. */
    @Override
    public Real neg() {
        return new Real(-value);
    }

    /** {@code Math.pow(x, y)}: exact for integer y and negative x; NaN for negative x and non-integer y. */
    @Override
    public Real pow(Real exponent) {
        return new Real(Math.pow(value, exponent.value));
    }

    /** {@code Math.pow(x, c)}: exact for integer c and negative x; NaN for negative x and non-integer c. */
    @Override
    public Real pow(double c) {
        return new Real(Math.pow(value, c));
    }

    /** {@code Math.pow(c, x)}. */
    @Override
    public Real rpow(double c) {
        return new Real(Math.pow(c, value));
    }

    /** e^x; +∞ beyond ~709.78. */
    @Override
    public Real exp() {
        return new Real(Math.exp(value));
    }

    /** e^x − 1, accurate near 0. */
    @Override
    public Real expm1() {
        return new Real(Math.expm1(value));
    }

    /** ln x. Domain x &gt; 0; −∞ at 0, NaN below. */
    @Override
    public Real log() {
        return new Real(Math.log(value));
    }

    /** ln(1 + x), accurate near 0. Domain x &gt; −1; −∞ at −1, NaN below. */
    @Override
    public Real log1p() {
        return new Real(Math.log1p(value));
    }

    /** log₂ x, exact for powers of two. Domain x &gt; 0; −∞ at 0, NaN below. */
    @Override
    public Real log2() {
        return new Real(ElementaryFunctions.log2(value));
    }

    /** log₁₀ x. Domain x &gt; 0; −∞ at 0, NaN below. */
    @Override
    public Real log10() {
        return new Real(Math.log10(value));
    }

    /** √x. Domain x ≥ 0; NaN below. */
    @Override
    public Real sqrt() {
        return new Real(Math.sqrt(value));
    }

    /** ∛x, defined for every x. */
    @Override
    public Real cbrt() {
        return new Real(Math.cbrt(value));
    }

    /** sin x; NaN at ±∞. */
    @Override
    public Real sin() {
        return new Real(Math.sin(value));
    }

    /** cos x; NaN at ±∞. */
    @Override
    public Real cos() {
        return new Real(Math.cos(value));
    }

    /** tan x; NaN at ±∞. */
    @Override
    public Real tan() {
        return new Real(Math.tan(value));
    }

    /** asin x. Domain [−1, 1]; NaN outside. */
    @Override
    public Real asin() {
        return new Real(Math.asin(value));
    }

    /** acos x. Domain [−1, 1]; NaN outside. */
    @Override
    public Real acos() {
        return new Real(Math.acos(value));
    }

    /** atan x. */
    @Override
    public Real atan() {
        return new Real(Math.atan(value));
    }

    /** {@code Math.atan2(this, x)}: this is y. */
    @Override
    public Real atan2(Real x) {
        return new Real(Math.atan2(value, x.value));
    }

    /** sinh x; ±∞ beyond |x| ≈ 710. */
    @Override
    public Real sinh() {
        return new Real(Math.sinh(value));
    }

    /** cosh x; +∞ beyond |x| ≈ 710. */
    @Override
    public Real cosh() {
        return new Real(Math.cosh(value));
    }

    /** tanh x. */
    @Override
    public Real tanh() {
        return new Real(Math.tanh(value));
    }

    /** asinh x, accurate and overflow-free. */
    @Override
    public Real asinh() {
        return new Real(ElementaryFunctions.asinh(value));
    }

    /** acosh x, accurate near 1. Domain x ≥ 1; NaN below. */
    @Override
    public Real acosh() {
        return new Real(ElementaryFunctions.acosh(value));
    }

    /** atanh x. Domain (−1, 1); ±∞ at ±1, NaN beyond. */
    @Override
    public Real atanh() {
        return new Real(ElementaryFunctions.atanh(value));
    }

    /** |x|. */
    @Override
    public Real abs() {
        return new Real(Math.abs(value));
    }

    /** 1/(1 + e^−x) without overflow. */
    @Override
    public Real sigmoid() {
        return new Real(ElementaryFunctions.sigmoid(value));
    }

    /** ln(1 + e^x) = max(x, 0) + log1p(e^−|x|), without overflow. */
    @Override
    public Real softplus() {
        return new Real(ElementaryFunctions.softplus(value));
    }

    /** max(x, 0); NaN stays NaN. */
    @Override
    public Real relu() {
        return new Real(Math.max(value, 0.0));
    }

    /** erf x (fdlibm port, within 1–2 ulps). */
    @Override
    public Real erf() {
        return new Real(ErrorFunction.erf(value));
    }

    /** {@code Math.hypot}: √(x² + y²) without overflow or underflow. */
    @Override
    public Real hypot(Real y) {
        return new Real(Math.hypot(value, y.value));
    }

    /** {@code Math.min}; NaN-propagating. */
    @Override
    public Real min(Real other) {
        return new Real(Math.min(value, other.value));
    }

    /** {@code Math.max}; NaN-propagating. */
    @Override
    public Real max(Real other) {
        return new Real(Math.max(value, other.value));
    }

    /** {@code this > 0 ? whenPositive : otherwise}; a NaN condition chooses {@code otherwise}. */
    @Override
    public Real select(Real whenPositive, Real otherwise) {
        return value > 0.0 ? whenPositive : otherwise;
    }
}
