package org.adcheck.verification.mutation;

import java.util.concurrent.atomic.AtomicLong;
import org.adcheck.ad.Num;
import org.adcheck.ad.VectorDual;

/**
 * A {@link Num} decorator over ad-core's {@link VectorDual} that delegates every method, except the
 * one its {@link Mutation} breaks.
 *
 * <p>A mutated method takes its value from the correct {@code VectorDual} operation (so only the
 * derivative is wrong, except for {@link Mutation#VALUE_OFF}) and its partials from the wrong rule,
 * written in plain scalar arithmetic: {@code f'(u)·u'} for a unary function, {@code ∂a·a' + ∂b·b'}
 * for a binary one. Each application is counted, so a test can prove that its witness really ran
 * the mutated method.
 */
final class MutantNum implements Num<MutantNum> {

    private final VectorDual v;
    private final Mutation mutation;
    private final AtomicLong applied;

    MutantNum(VectorDual v, Mutation mutation, AtomicLong applied) {
        this.v = v;
        this.mutation = mutation;
        this.applied = applied;
    }

    VectorDual unwrap() {
        return v;
    }

    private MutantNum wrap(VectorDual result) {
        return new MutantNum(result, mutation, applied);
    }

    private boolean is(Mutation m) {
        if (mutation == m) {
            applied.incrementAndGet();
            return true;
        }
        return false;
    }

    /** The value {@code value} with partials {@code derivative · this'}: the chain rule with a given local derivative. */
    private MutantNum unary(double value, double derivative) {
        double[] p = v.gradient();
        for (int i = 0; i < p.length; i++) {
            p[i] *= derivative;
        }
        return wrap(of(value, p));
    }

    /** The value {@code value} with partials {@code da·this' + db·other'}. */
    private MutantNum binary(double value, double da, MutantNum other, double db) {
        double[] p = v.gradient();
        double[] q = other.v.gradient();
        for (int i = 0; i < p.length; i++) {
            p[i] = da * p[i] + db * q[i];
        }
        return wrap(of(value, p));
    }

    /**
     * A {@code VectorDual} with the given value and partials, built from its public API because it
     * has no such factory: {@code Σᵢ variable(i, n, 0)·pᵢ + value}. Every addend has value 0, so the
     * value is exact, and each partial is one product {@code 1·pᵢ}, exact as well.
     */
    static VectorDual of(double value, double[] partials) {
        int n = partials.length;
        VectorDual result = VectorDual.constant(n, 0.0);
        for (int i = 0; i < n; i++) {
            result = result.add(VectorDual.variable(i, n, 0.0).mul(partials[i]));
        }
        return result.add(value);
    }

    private double x() {
        return v.value();
    }

    // ------------------------------------------------------------ arithmetic

    @Override
    public MutantNum constant(double c) {
        return wrap(v.constant(c));
    }

    @Override
    public MutantNum add(MutantNum other) {
        return wrap(v.add(other.v));
    }

    @Override
    public MutantNum add(double c) {
        return wrap(v.add(c));
    }

    @Override
    public MutantNum sub(MutantNum other) {
        VectorDual right = v.sub(other.v);
        return is(Mutation.SUB_ADDS_TANGENT) ? binary(right.value(), 1.0, other, 1.0) : wrap(right);
    }

    @Override
    public MutantNum sub(double c) {
        VectorDual right = v.sub(c);
        return is(Mutation.SUB_CONSTANT_DROPS_TANGENT) ? unary(right.value(), 0.0) : wrap(right);
    }

    @Override
    public MutantNum rsub(double c) {
        VectorDual right = v.rsub(c);
        return is(Mutation.RSUB_KEEPS_SIGN) ? unary(right.value(), 1.0) : wrap(right);
    }

    @Override
    public MutantNum mul(MutantNum other) {
        VectorDual right = v.mul(other.v);
        return is(Mutation.MUL_MISSING_TERM) ? binary(right.value(), 0.0, other, x()) : wrap(right);
    }

    @Override
    public MutantNum mul(double c) {
        return wrap(v.mul(c));
    }

    @Override
    public MutantNum div(MutantNum other) {
        VectorDual right = v.div(other.v);
        if (is(Mutation.DIV_WRONG_SIGN)) {
            double b = other.x();
            return binary(right.value(), 1.0 / b, other, x() / (b * b));
        }
        return wrap(right);
    }

    @Override
    public MutantNum div(double c) {
        return wrap(v.div(c));
    }

    @Override
    public MutantNum rdiv(double c) {
        VectorDual right = v.rdiv(c);
        return is(Mutation.RDIV_WRONG_SIGN) ? unary(right.value(), c / (x() * x())) : wrap(right);
    }

    @Override
    public MutantNum neg() {
        return wrap(v.neg());
    }

    @Override
    public MutantNum pow(MutantNum exponent) {
        VectorDual right = v.pow(exponent.v);
        if (is(Mutation.POW_DROPS_EXPONENT_TERM)) {
            double y = exponent.x();
            return binary(right.value(), y * Math.pow(x(), y - 1), exponent, 0.0);
        }
        return wrap(right);
    }

    @Override
    public MutantNum pow(double c) {
        VectorDual right = v.pow(c);
        return is(Mutation.POW_OFF_BY_ONE) ? unary(right.value(), c * right.value()) : wrap(right);
    }

    @Override
    public MutantNum rpow(double c) {
        VectorDual right = v.rpow(c);
        return is(Mutation.RPOW_MISSING_LOG) ? unary(right.value(), right.value()) : wrap(right);
    }

    // ------------------------------------------------------------ exponentials and logarithms

    @Override
    public MutantNum exp() {
        VectorDual right = v.exp();
        if (is(Mutation.EXP_MISSING_CHAIN)) {
            // every partial that depends on the input becomes exp(u)·1: the inner tangent is ignored
            double[] p = v.gradient();
            for (int i = 0; i < p.length; i++) {
                p[i] = p[i] == 0.0 ? 0.0 : right.value();
            }
            return wrap(of(right.value(), p));
        }
        return wrap(right);
    }

    @Override
    public MutantNum expm1() {
        VectorDual right = v.expm1();
        return is(Mutation.EXPM1_MINUS_ONE) ? unary(right.value(), Math.expm1(x())) : wrap(right);
    }

    @Override
    public MutantNum log() {
        VectorDual right = v.log();
        return is(Mutation.LOG_OFF_BY_CONSTANT) ? unary(right.value(), 1.0 / x() + 1e-3) : wrap(right);
    }

    @Override
    public MutantNum log1p() {
        VectorDual right = v.log1p();
        return is(Mutation.LOG1P_MISSING_ONE) ? unary(right.value(), 1.0 / x()) : wrap(right);
    }

    @Override
    public MutantNum log2() {
        VectorDual right = v.log2();
        return is(Mutation.LOG2_USES_LN10) ? unary(right.value(), 1.0 / (x() * Math.log(10.0))) : wrap(right);
    }

    @Override
    public MutantNum log10() {
        VectorDual right = v.log10();
        return is(Mutation.LOG10_MISSING_LN) ? unary(right.value(), 1.0 / x()) : wrap(right);
    }

    @Override
    public MutantNum sqrt() {
        VectorDual right = v.sqrt();
        return is(Mutation.SQRT_MISSING_HALF) ? unary(right.value(), 1.0 / right.value()) : wrap(right);
    }

    @Override
    public MutantNum cbrt() {
        VectorDual right = v.cbrt();
        return is(Mutation.CBRT_WRONG_EXPONENT) ? unary(right.value(), 1.0 / (3.0 * right.value())) : wrap(right);
    }

    // ------------------------------------------------------------ trigonometric

    @Override
    public MutantNum sin() {
        VectorDual right = v.sin();
        return is(Mutation.SIN_RETURNS_SIN) ? unary(right.value(), right.value()) : wrap(right);
    }

    @Override
    public MutantNum cos() {
        VectorDual right = v.cos();
        if (is(Mutation.COS_SIGN_FLIP)) {
            return unary(right.value(), Math.sin(x()));
        }
        if (is(Mutation.VALUE_OFF)) {
            return wrap(right.add(1e-7));
        }
        return wrap(right);
    }

    @Override
    public MutantNum tan() {
        VectorDual right = v.tan();
        return is(Mutation.TAN_USES_COS) ? unary(right.value(), 1.0 / Math.cos(x())) : wrap(right);
    }

    @Override
    public MutantNum asin() {
        VectorDual right = v.asin();
        return is(Mutation.ASIN_SIGN) ? unary(right.value(), -1.0 / Math.sqrt(1.0 - x() * x())) : wrap(right);
    }

    @Override
    public MutantNum acos() {
        VectorDual right = v.acos();
        return is(Mutation.ACOS_SIGN) ? unary(right.value(), 1.0 / Math.sqrt(1.0 - x() * x())) : wrap(right);
    }

    @Override
    public MutantNum atan() {
        VectorDual right = v.atan();
        return is(Mutation.ATAN_WRONG) ? unary(right.value(), 1.0 / (1.0 - x() * x())) : wrap(right);
    }

    @Override
    public MutantNum atan2(MutantNum x) {
        VectorDual right = v.atan2(x.v);
        if (is(Mutation.ATAN2_SWAPPED_PARTIALS)) {
            double y = x();
            double h2 = y * y + x.x() * x.x();
            // right: ∂/∂y = x/h², ∂/∂x = −y/h²; swapped:
            return binary(right.value(), -y / h2, x, x.x() / h2);
        }
        return wrap(right);
    }

    // ------------------------------------------------------------ hyperbolic

    @Override
    public MutantNum sinh() {
        VectorDual right = v.sinh();
        return is(Mutation.SINH_COSH_SWAP) ? unary(right.value(), right.value()) : wrap(right);
    }

    @Override
    public MutantNum cosh() {
        VectorDual right = v.cosh();
        return is(Mutation.COSH_SIGN) ? unary(right.value(), -Math.sinh(x())) : wrap(right);
    }

    @Override
    public MutantNum tanh() {
        VectorDual right = v.tanh();
        double t = right.value();
        return is(Mutation.TANH_SIGN) ? unary(t, t * t - 1.0) : wrap(right);
    }

    @Override
    public MutantNum asinh() {
        VectorDual right = v.asinh();
        return is(Mutation.ASINH_WRONG) ? unary(right.value(), 1.0 / (1.0 + x() * x())) : wrap(right);
    }

    @Override
    public MutantNum acosh() {
        VectorDual right = v.acosh();
        return is(Mutation.ACOSH_SIGN) ? unary(right.value(), -1.0 / Math.sqrt(x() * x() - 1.0)) : wrap(right);
    }

    @Override
    public MutantNum atanh() {
        VectorDual right = v.atanh();
        return is(Mutation.ATANH_WRONG) ? unary(right.value(), 1.0 / (1.0 + x() * x())) : wrap(right);
    }

    // ------------------------------------------------------------ activations, special, kinks

    @Override
    public MutantNum abs() {
        VectorDual right = v.abs();
        return is(Mutation.ABS_WRONG_BRANCH) ? unary(right.value(), -Math.signum(x())) : wrap(right);
    }

    @Override
    public MutantNum sigmoid() {
        VectorDual right = v.sigmoid();
        double s = right.value();
        return is(Mutation.SIGMOID_WRONG) ? unary(s, s * s) : wrap(right);
    }

    @Override
    public MutantNum softplus() {
        VectorDual right = v.softplus();
        return is(Mutation.SOFTPLUS_DERIV_ONE) ? unary(right.value(), 1.0) : wrap(right);
    }

    @Override
    public MutantNum relu() {
        VectorDual right = v.relu();
        return is(Mutation.RELU_ALWAYS_ONE) ? unary(right.value(), 1.0) : wrap(right);
    }

    @Override
    public MutantNum erf() {
        VectorDual right = v.erf();
        return is(Mutation.ERF_MISSING_FACTOR) ? unary(right.value(), Math.exp(-x() * x())) : wrap(right);
    }

    @Override
    public MutantNum hypot(MutantNum y) {
        VectorDual right = v.hypot(y.v);
        if (is(Mutation.HYPOT_SWAPPED)) {
            double h = right.value();
            return binary(h, y.x() / h, y, x() / h);
        }
        return wrap(right);
    }

    @Override
    public MutantNum min(MutantNum other) {
        VectorDual right = v.min(other.v);
        if (is(Mutation.MIN_PICKS_MAX)) {
            boolean thisIsLarger = x() > other.x();
            return binary(right.value(), thisIsLarger ? 1.0 : 0.0, other, thisIsLarger ? 0.0 : 1.0);
        }
        return wrap(right);
    }

    @Override
    public MutantNum max(MutantNum other) {
        VectorDual right = v.max(other.v);
        if (is(Mutation.MAX_PICKS_MIN)) {
            boolean thisIsSmaller = x() < other.x();
            return binary(right.value(), thisIsSmaller ? 1.0 : 0.0, other, thisIsSmaller ? 0.0 : 1.0);
        }
        return wrap(right);
    }

    @Override
    public MutantNum select(MutantNum whenPositive, MutantNum otherwise) {
        return wrap(v.select(whenPositive.v, otherwise.v));
    }

    @Override
    public String toString() {
        return "MutantNum[" + mutation.name() + ", " + v + "]";
    }
}
