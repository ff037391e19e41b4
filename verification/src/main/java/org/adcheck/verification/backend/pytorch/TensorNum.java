package org.adcheck.verification.backend.pytorch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.function.UnaryOperator;
import org.adcheck.ad.Num;

/**
 * A batch of points as one float64 PyTorch tensor, recorded by autograd: every operation of the
 * {@link Num} algebra becomes one (or a few) tensor operations over the whole batch.
 *
 * <p>Values are always float64. Constants are 0-d float64 tensors in the same NDManager as this
 * array, so they broadcast against the batch and never downcast. A {@code TensorNum} is only valid
 * while the NDManager that owns its array is open and, for derivatives, inside the gradient
 * collector of {@link PytorchBackend}.
 *
 * <h2>Native and composed operations</h2>
 *
 * Where DJL exposes the PyTorch op exactly, it is used as is, with PyTorch's derivative and kink
 * conventions ({@code abs'(0) = 0}, {@code relu'(0) = 0}, a tie in {@code min}/{@code max} gives
 * half of the derivative to each side). What DJL lacks is composed from native ops so that both the
 * value and the derivative stay within a few ulps; each composed method says how. Two techniques
 * recur:
 *
 * <ul>
 *   <li><b>Accurate value, autograd derivative</b> ({@link #valueWithGradientOf}): the value comes
 *       from an accurate formula computed without the graph, and the derivative from autograd
 *       through a smooth form {@code g} whose derivative is accurate even where its value is not
 *       (e.g. {@code log(1 + x)} for {@code log1p}: its value loses digits near 0, its derivative
 *       {@code 1/(1 + x)} does not). The result is {@code accurate − (g.detach() − g)}: its value
 *       is {@code accurate} bit for bit, its gradient is that of {@code g}.
 *   <li><b>Two-{@code where}</b>: when a result is {@code where(c, a(x), b(x))}, autograd still
 *       differentiates the unselected branch with an upstream gradient of 0, and {@code 0 × ∞}
 *       there would poison the gradient with NaN. So each branch is evaluated on an input that is
 *       replaced by a harmless constant wherever the branch is not selected.
 * </ul>
 */
final class TensorNum implements Num<TensorNum> {

    private static final double LN2 = 0.6931471805599453;

    /** Above this magnitude asinh(x) = log(2|x|) and acosh(x) = log(2x) to the last bit (fdlibm). */
    private static final double HUGE = 0x1p28;

    private final NDArray array;

    /**
     * Whether the value depends on a variable, i.e. autograd recorded it. DJL cannot tell (its
     * {@code hasGradient()} is false for every non-leaf tensor), and a backward pass from a
     * tensor without a graph throws, so the backend asks this instead.
     */
    private final boolean dependsOnVariable;

    private TensorNum(NDArray array, boolean dependsOnVariable) {
        this.array = array;
        this.dependsOnVariable = dependsOnVariable;
    }

    /** A variable: {@code array} must already have {@code setRequiresGradient(true)}. */
    static TensorNum variable(NDArray array) {
        return new TensorNum(array, true);
    }

    /** A constant (no derivative), e.g. the {@code zero} handed to a function. */
    static TensorNum constant(NDArray array) {
        return new TensorNum(array, false);
    }

    boolean dependsOnVariable() {
        return dependsOnVariable;
    }

    /** The underlying float64 tensor: shape {@code (batch)}, or {@code ()} for a constant. */
    NDArray array() {
        return array;
    }

    /** A result computed from this value only. */
    private TensorNum of(NDArray result) {
        return new TensorNum(result, dependsOnVariable);
    }

    /** A result computed from this value and {@code other}. */
    private TensorNum of(NDArray result, TensorNum other) {
        return new TensorNum(result, dependsOnVariable || other.dependsOnVariable);
    }

    /** A 0-d float64 tensor in this array's manager; it broadcasts against the batch. */
    private NDArray scalar(double c) {
        return constant(array, c);
    }

    /**
     * The constant {@code c} as a 0-d float64 tensor in the manager of {@code like}, open until the
     * call's manager closes. Every constant in a graph must be made this way, never through DJL's
     * {@code add(Number)}, {@code mul(Number)}, … overloads: those create the scalar from a Java
     * direct buffer without copying and close it right after the forward op, while autograd keeps
     * a reference to it for the backward pass, which then reads freed memory (seen as a garbage
     * gradient in about 1 call in 3000 of {@code x.mul(2.0)}).
     */
    private static NDArray constant(NDArray like, double c) {
        return like.getManager().create(c);
    }

    @Override
    public TensorNum constant(double c) {
        return new TensorNum(scalar(c), false);
    }

    // ---------------------------------------------------------------- arithmetic (native)

    @Override
    public TensorNum add(TensorNum other) {
        return of(array.add(other.array), other);
    }

    @Override
    public TensorNum add(double c) {
        return of(array.add(constant(array, c)));
    }

    @Override
    public TensorNum sub(TensorNum other) {
        return of(array.sub(other.array), other);
    }

    @Override
    public TensorNum sub(double c) {
        return of(array.sub(constant(array, c)));
    }

    @Override
    public TensorNum rsub(double c) {
        return of(scalar(c).sub(array));
    }

    @Override
    public TensorNum mul(TensorNum other) {
        return of(array.mul(other.array), other);
    }

    @Override
    public TensorNum mul(double c) {
        return of(array.mul(constant(array, c)));
    }

    @Override
    public TensorNum div(TensorNum other) {
        return of(array.div(other.array), other);
    }

    @Override
    public TensorNum div(double c) {
        return of(array.div(constant(array, c)));
    }

    @Override
    public TensorNum rdiv(double c) {
        return of(scalar(c).div(array));
    }

    @Override
    public TensorNum neg() {
        return of(array.neg());
    }

    /**
     * {@code torch.pow(this, exponent)}. Integer-valued exponents of negative bases are exact; the
     * derivative with respect to the exponent is {@code this^exponent · ln(this)}, NaN for a negative
     * base, and 0 at base 0 with a non-negative exponent (PyTorch's convention).
     */
    @Override
    public TensorNum pow(TensorNum exponent) {
        return of(array.pow(exponent.array), exponent);
    }

    /** {@code torch.pow(this, c)}: exact for integer c and negative bases: (−2)³ = −8, derivative 12. */
    @Override
    public TensorNum pow(double c) {
        return of(array.pow(constant(array, c)));
    }

    /** {@code torch.pow(c, this)}; derivative {@code c^this · ln c}. */
    @Override
    public TensorNum rpow(double c) {
        return of(scalar(c).pow(array));
    }

    // ---------------------------------------------------------------- exp and log

    @Override
    public TensorNum exp() {
        return of(array.exp());
    }

    /**
     * Composed: value by Kahan's formula {@code u = eˣ; u == 1 ? x : u − 1 == −1 ? −1 : (u − 1)·x/ln u},
     * accurate to a few ulps near 0 where {@code eˣ − 1} loses up to 8 digits; derivative by
     * autograd through {@code eˣ − 1}, which is {@code eˣ}, exact. Overflow (x &gt; 709.78) gives ∞
     * with derivative ∞, as {@code eˣ} does.
     */
    @Override
    public TensorNum expm1() {
        NDArray x = array.stopGradient();
        NDArray u = x.exp();
        NDArray um1 = u.sub(constant(x, 1.0));
        NDArray kahan = where(u.eq(1.0), x,
                where(um1.eq(-1.0), scalar(-1.0), um1.mul(x).div(u.log())));
        return of(valueWithGradientOf(kahan, array.exp().sub(constant(array, 1.0))));
    }

    @Override
    public TensorNum log() {
        return of(array.log());
    }

    /**
     * Composed: value by Kahan's formula {@code u = 1 + x; u == 1 ? x : ln(u)·x/(u − 1)}, accurate to
     * a few ulps near 0 where {@code ln(1 + x)} loses up to 8 digits; derivative by autograd through
     * {@code ln(1 + x)}, which is {@code 1/(1 + x)} with only the rounding of {@code 1 + x}.
     * {@code log1p(−1) = −∞} with derivative ∞; below −1 the value is NaN.
     */
    @Override
    public TensorNum log1p() {
        return of(log1p(array));
    }

    private static NDArray log1p(NDArray graph) {
        NDArray x = graph.stopGradient();
        NDArray u = x.add(constant(x, 1.0));
        NDArray kahan = where(u.eq(1.0), x, u.log().mul(x).div(u.sub(constant(x, 1.0))));
        return valueWithGradientOf(kahan, graph.add(constant(graph, 1.0)).log());
    }

    @Override
    public TensorNum log2() {
        return of(array.log2());
    }

    @Override
    public TensorNum log10() {
        return of(array.log10());
    }

    @Override
    public TensorNum sqrt() {
        return of(array.sqrt());
    }

    /**
     * Composed, because DJL's {@code pow(x, 1/3)} is NaN for x &lt; 0: the odd extension
     * ({@link #oddExtension}) of the cube root on [0, ∞), so the derivative holds for negative x and
     * is ∞ at 0 (not PyTorch's {@code abs'(0) = 0} times ∞). On (0, ∞) {@code pow(a, 1/3)} is off by
     * {@code |ln a|·1.9e-17} relative because 1/3 is rounded (1.3e-14 at 1e300), so one Newton step
     * {@code c − (c − a/c²)/3} brings the value to the last bit, and the derivative is
     * {@code c/(3a)} from that value; at 0 and ∞ {@code pow}'s own value and derivative stay.
     */
    @Override
    public TensorNum cbrt() {
        return of(oddExtension(array, a -> {
            NDArray ad = a.stopGradient();
            NDArray edge = ad.eq(0.0).logicalOr(ad.isInfinite());
            NDArray safe = only(edge.logicalNot(), ad, 1.0);
            NDArray c = safe.pow(constant(a, 1.0 / 3.0));
            c = c.sub(c.sub(safe.div(c.square())).div(constant(a, 3.0)));
            NDArray derivative = c.div(safe.mul(constant(a, 3.0)));
            NDArray interior = withDerivative(c, only(edge.logicalNot(), a, 1.0), derivative);
            return where(edge, only(edge, a, 1.0).pow(constant(a, 1.0 / 3.0)), interior);
        }));
    }

    // ---------------------------------------------------------------- trigonometric (native)

    @Override
    public TensorNum sin() {
        return of(array.sin());
    }

    @Override
    public TensorNum cos() {
        return of(array.cos());
    }

    @Override
    public TensorNum tan() {
        return of(array.tan());
    }

    /**
     * Value {@code torch.asin}. PyTorch's derivative {@code 1/√(1 − x·x)} loses digits near ±1
     * (1.8e-9 relative at 1 − 7e-9, from the rounding of {@code x·x}), so the derivative comes from
     * autograd through {@code atan(x/√((1 − x)(1 + x)))}, whose derivative reduces to
     * {@code 1/√((1 − x)(1 + x))} without cancellation. At ±1 and outside, PyTorch's own
     * derivative stays (∞ at ±1, NaN outside).
     */
    @Override
    public TensorNum asin() {
        return of(valueWithGradientOf(array.asin(), asinForGradient(array)));
    }

    /** Value {@code torch.acos}; derivative {@code −asin'} computed as for {@link #asin()}. */
    @Override
    public TensorNum acos() {
        return of(valueWithGradientOf(array.acos(), asinForGradient(array).neg()));
    }

    private static NDArray asinForGradient(NDArray x) {
        NDArray inside = x.stopGradient().abs().lt(1.0);
        NDArray xi = only(inside, x, 0.0);
        NDArray accurate = xi.div(xi.neg().add(constant(x, 1.0)).mul(xi.add(constant(x, 1.0))).sqrt()).atan();
        return where(inside, accurate, x.asin());
    }

    @Override
    public TensorNum atan() {
        return of(array.atan());
    }

    /**
     * Value {@code torch.atan2(this, x)} (this is y). PyTorch's derivatives {@code (x, −y)/(x² + y²)}
     * overflow or underflow outside about 1e±154 (e.g. NaN at (1e-300, 0)), so they come from
     * autograd through {@code atan2(y/m, x/m)} with {@code m = max(|x|, |y|)} detached (atan2 does
     * not depend on the scale): {@code x/h/h} and {@code −y/h/h} in effect. At (0, 0) and at
     * infinite or NaN arguments PyTorch's own derivative stays (NaN at (0, 0)).
     */
    @Override
    public TensorNum atan2(TensorNum x) {
        NDArray y = array;
        NDArray value = y.atan2(x.array);
        NDArray m = y.stopGradient().abs().maximum(x.array.stopGradient().abs());
        NDArray scalable = m.gt(0.0).logicalAnd(m.isInfinite().logicalNot());
        NDArray scale = only(scalable, m, 1.0);
        NDArray scaled = only(scalable, y, 1.0).div(scale).atan2(only(scalable, x.array, 1.0).div(scale));
        NDArray unscalable = scalable.logicalNot();
        NDArray unscaled = only(unscalable, y, 1.0).atan2(only(unscalable, x.array, 1.0));
        return of(valueWithGradientOf(value, where(scalable, scaled, unscaled)), x);
    }

    // ---------------------------------------------------------------- hyperbolic

    /**
     * {@code torch.sinh}, except where 709 &lt; |x| and sinh x is finite: there PyTorch overflows to
     * ∞ early (sinh(710) = 1.117e308), so the value is {@code ±(½·e^{|x|/2})·e^{|x|/2}} and the
     * derivative cosh x, the same magnitude (e^{−|x|} is far below its last bit).
     */
    @Override
    public TensorNum sinh() {
        NDArray x = array.stopGradient();
        NDArray magnitude = nearOverflow(x);
        NDArray window = magnitude.gt(0.0);
        NDArray value = where(x.gt(0.0), magnitude, magnitude.neg());
        NDArray plain = only(window.logicalNot(), array, 0.0).sinh();
        return of(where(window, withDerivative(value, only(window, array, 0.0), magnitude), plain));
    }

    /** {@code torch.cosh}, except near overflow as for {@link #sinh()}; derivative sinh x there. */
    @Override
    public TensorNum cosh() {
        NDArray x = array.stopGradient();
        NDArray magnitude = nearOverflow(x);
        NDArray window = magnitude.gt(0.0);
        NDArray derivative = where(x.gt(0.0), magnitude, magnitude.neg());
        NDArray plain = only(window.logicalNot(), array, 0.0).cosh();
        return of(where(window, withDerivative(magnitude, only(window, array, 0.0), derivative), plain));
    }

    /**
     * {@code ½e^{|x|}} as {@code (½·e^{|x|/2})·e^{|x|/2}} (no graph) where 709 &lt; |x| and that is
     * finite, 0 elsewhere.
     */
    private static NDArray nearOverflow(NDArray x) {
        NDArray a = x.abs();
        NDArray candidate = a.gt(709.0);
        NDArray root = only(candidate, a, 0.0).mul(constant(a, 0.5)).exp();
        NDArray magnitude = root.mul(constant(a, 0.5)).mul(root);
        NDArray window = candidate.logicalAnd(magnitude.isInfinite().logicalNot());
        return where(window, magnitude, constant(x, 0.0));
    }

    /**
     * Value {@code torch.tanh}. PyTorch's derivative {@code 1 − tanh²} cancels for large |x| (it is
     * 0 instead of 1.6e-31 at x = 36, and already 3e-8 off at x = 10), so the derivative comes
     * from autograd through {@code 2σ(2x)} with the accurate sigmoid derivative of
     * {@link #sigmoid()}: {@code 4σ(2|x|)σ(−2|x|) = 1/cosh²x}.
     */
    @Override
    public TensorNum tanh() {
        NDArray two = constant(array, 2.0);
        return of(valueWithGradientOf(array.tanh(), sigmoidForGradient(array.mul(two)).mul(two)));
    }

    /**
     * Composed (DJL's asinh throws "Not implemented"), as fdlibm does it, on the odd extension of
     * {@code F(a) = log1p(a + a²/(1 + √(1 + a²)))} for 0 ≤ a ≤ 2²⁸ and {@code ln a + ln 2} above,
     * where {@code a²} would overflow long before and the two agree to the last bit. The derivative
     * is autograd's through F, {@code 1/√(1 + x²)}, with 1 at x = 0 (the odd extension avoids the
     * {@code sign'}/{@code abs'} zeros of {@code sign(x)·F(|x|)}).
     */
    @Override
    public TensorNum asinh() {
        return of(oddExtension(array, a -> {
            NDArray huge = a.stopGradient().gt(HUGE);
            NDArray large = only(huge, a, 2.0 * HUGE);
            NDArray moderate = only(huge.logicalNot(), a, 1.0);
            NDArray square = moderate.square();
            NDArray small = log1p(moderate.add(square.div(square.add(constant(a, 1.0)).sqrt().add(constant(a, 1.0)))));
            return where(huge, large.log().add(constant(a, LN2)), small);
        }));
    }

    /**
     * Composed (DJL's acosh throws "Not implemented"): with {@code t = x − 1} (exact near 1),
     * {@code log1p(t + √t·√(2 + t))} for 1 ≤ x ≤ 2²⁸ and {@code ln x + ln 2} above. Autograd through
     * it gives {@code 1/√(x² − 1)} accurately, ∞ at x = 1. Below 1 the value is NaN and the
     * derivative is the closed form {@code 1/√((x − 1)(x + 1))} continued in IEEE arithmetic (NaN
     * on (−1, 1), −∞ at −1, finite below), as forward-ad and {@code torch.acosh} give.
     */
    @Override
    public TensorNum acosh() {
        NDArray x = array.stopGradient();
        NDArray huge = x.gt(HUGE);
        NDArray below = x.lt(1.0);
        NDArray large = only(huge, array, 2.0 * HUGE);
        NDArray t = only(huge.logicalOr(below).logicalNot(), array, 2.0).sub(constant(array, 1.0));
        // √(2t + t²) as √t·√(2 + t): at t = 0 autograd gets ∞ from √t, where the polynomial form
        // would multiply that ∞ by the 0 derivative of t² and give NaN.
        NDArray moderate = log1p(t.add(t.sqrt().mul(t.add(constant(array, 2.0)).sqrt())));
        NDArray inDomain = where(huge, large.log().add(constant(array, LN2)), moderate);
        NDArray derivative = x.sub(constant(x, 1.0)).mul(x.add(constant(x, 1.0))).sqrt().pow(constant(x, -1.0));
        return of(where(below, nanWithDerivative(below, array, derivative), inDomain));
    }

    /**
     * Composed (DJL's atanh throws "Not implemented"): {@code ½·(log1p(x) − log1p(−x))}. It is odd
     * by construction, accurate near 0 (no cancellation: the two terms have opposite signs) and
     * near ±1 (where {@code log1p(∓x)} is a plain log of an exact {@code 1 − |x|}). Autograd gives
     * {@code ½·(1/(1 + x) + 1/(1 − x)) = 1/(1 − x²)}: 1 at 0, ∞ at ±1. For |x| &gt; 1 the value is
     * NaN and the derivative the closed form {@code 1/((1 − x)(1 + x))}, as forward-ad gives.
     */
    @Override
    public TensorNum atanh() {
        NDArray x = array.stopGradient();
        NDArray outside = x.abs().gt(1.0);
        NDArray inside = only(outside.logicalNot(), array, 0.0);
        NDArray inDomain = log1p(inside).sub(log1p(inside.neg())).mul(constant(array, 0.5));
        NDArray derivative = x.neg().add(constant(x, 1.0)).mul(x.add(constant(x, 1.0))).pow(constant(x, -1.0));
        return of(where(outside, nanWithDerivative(outside, array, derivative), inDomain));
    }

    // ---------------------------------------------------------------- piecewise and special

    /** {@code torch.abs}: derivative {@code sign(x)}, so {@code abs'(0) = 0} (PyTorch's convention). */
    @Override
    public TensorNum abs() {
        return of(array.abs());
    }

    /**
     * Value {@code torch.sigmoid}. PyTorch's derivative {@code (1 − σ)·σ} cancels for large x (0
     * instead of 1e-16 at x = 37), so the derivative comes from autograd through
     * {@code 1 − σ(−x)} for x &gt; 0, where the same formula runs on the small side:
     * {@code σ(x)·σ(−x)} with no cancellation, exact to a few ulps everywhere.
     */
    @Override
    public TensorNum sigmoid() {
        return of(valueWithGradientOf(Activation.sigmoid(array), sigmoidForGradient(array)));
    }

    private static NDArray sigmoidForGradient(NDArray x) {
        NDArray positive = x.stopGradient().gt(0.0);
        NDArray right = Activation.sigmoid(x.neg()).neg().add(constant(x, 1.0));
        return where(positive, right, Activation.sigmoid(x));
    }

    /**
     * Composed, because PyTorch's softplus returns x itself above x = 20 (an error of 2e-9
     * relative): {@code x + log1p(e⁻ˣ)} for x &gt; 0 and {@code log1p(eˣ)} otherwise, each branch on
     * an input that stays finite where the branch is not selected. The derivative is then σ(x)
     * everywhere, including 0.5 at 0, with no kink artefact.
     */
    @Override
    public TensorNum softplus() {
        NDArray positive = array.stopGradient().gt(0.0);
        NDArray xPositive = only(positive, array, 1.0);
        NDArray xOther = only(positive.logicalNot(), array, 0.0);
        NDArray right = xPositive.add(log1p(xPositive.neg().exp()));
        NDArray left = log1p(xOther.exp());
        return of(where(positive, right, left));
    }

    /** {@code torch.relu}: {@code relu'(0) = 0} (PyTorch's convention). */
    @Override
    public TensorNum relu() {
        return of(Activation.relu(array));
    }

    @Override
    public TensorNum erf() {
        return of(array.erf());
    }

    /**
     * Composed (DJL has no hypot). The value is {@code s·√((x/s)² + (y/s)²)} with s the power of two
     * at or below {@code max(|x|, |y|)}: dividing by s is exact and nothing overflows or
     * underflows. The derivatives {@code x/h = (x/s)/√(…)} and {@code y/h} are computed the same
     * way, out of the graph, and attached to x and y by {@link #valueWithGradientOf} (autograd
     * through the scaled formula would pass through subnormal numbers for tiny arguments). At
     * (0, 0) the value is 0 and both derivatives 0, as {@code torch.hypot} gives. An infinite
     * argument gives +∞ (even with a NaN partner, as IEEE hypot does) with derivative NaN (∞/∞)
     * for that argument and 0 for a finite one, as {@code torch.hypot} and forward-ad give.
     */
    @Override
    public TensorNum hypot(TensorNum other) {
        NDArray x = array;
        NDArray y = other.array;
        NDArray xInfinite = x.stopGradient().isInfinite();
        NDArray yInfinite = y.stopGradient().isInfinite();
        NDArray infinite = xInfinite.logicalOr(yInfinite);
        NDArray m = x.stopGradient().abs().maximum(y.stopGradient().abs());
        NDArray regular = m.eq(0.0).logicalOr(infinite).logicalNot(); // NaN is regular: NaN out
        NDArray scale = scalar(2.0).pow(only(regular, m, 1.0).log2().floor());
        NDArray xs = only(regular, x.stopGradient(), 1.0).div(scale);
        NDArray ys = only(regular, y.stopGradient(), 1.0).div(scale);
        NDArray root = xs.square().add(ys.square()).sqrt();
        NDArray linear = x.mul(xs.div(root)).add(y.mul(ys.div(root)));
        NDArray h = valueWithGradientOf(root.mul(scale), linear);
        NDArray atInfinity = nanDerivativeAt(xInfinite, x).add(nanDerivativeAt(yInfinite, y))
                .add(constant(x, Double.POSITIVE_INFINITY));
        NDArray special = where(infinite, atInfinity, scalar(0.0));
        return of(where(regular, h, special), other);
    }

    /** {@code torch.minimum}: a tie gives half of the derivative to each argument. */
    @Override
    public TensorNum min(TensorNum other) {
        return of(array.minimum(other.array), other);
    }

    /** {@code torch.maximum}: a tie gives half of the derivative to each argument. */
    @Override
    public TensorNum max(TensorNum other) {
        return of(array.maximum(other.array), other);
    }

    /**
     * {@code torch.where(this > 0, whenPositive, otherwise)}; NaN selects {@code otherwise}. Like
     * every tensor framework, autograd still differentiates the unselected branch with an upstream
     * gradient of 0: a branch whose own derivative is infinite there (e.g. {@code sqrt} at 0) turns
     * that 0 into NaN. This is PyTorch's behaviour and is kept.
     */
    @Override
    public TensorNum select(TensorNum whenPositive, TensorNum otherwise) {
        // The condition carries no derivative: only the branches decide whether autograd recorded it.
        return new TensorNum(where(array.gt(0.0), whenPositive.array, otherwise.array),
                whenPositive.dependsOnVariable || otherwise.dependsOnVariable);
    }

    // ---------------------------------------------------------------- composition techniques

    /**
     * {@code accurate} (detached here) as the value, with the gradient of {@code g}: the result is
     * {@code accurate − (g.detach() − g)}, whose value is {@code accurate} exactly (subtracting a
     * zero keeps even −0.0) and whose derivative is g's. Where g is not finite (the subtraction
     * would be NaN) the result is g itself, which then has the right value (±∞ or NaN).
     */
    private static NDArray valueWithGradientOf(NDArray accurate, NDArray g) {
        NDArray gValue = g.stopGradient();
        NDArray finite = gValue.sub(gValue).eq(0.0);
        return where(finite, accurate.stopGradient().sub(gValue.sub(g)), g);
    }

    /**
     * {@code value} (no graph) with derivative {@code d} (no graph, finite) with respect to
     * {@code x} (finite): {@code value + (x − x.detach())·d}, whose forward part adds exactly 0.
     */
    private static NDArray withDerivative(NDArray value, NDArray x, NDArray d) {
        return value.add(x.sub(x.stopGradient()).mul(d));
    }

    /**
     * NaN, the value off a function's domain, with derivative {@code d} (no graph) where
     * {@code selected}: the closed-form derivative continued in IEEE arithmetic, the way forward-ad
     * reports it. Unselected points get a factor of 0, so they add nothing to the gradient.
     */
    private static NDArray nanWithDerivative(NDArray selected, NDArray x, NDArray d) {
        NDArray factor = where(selected, d, constant(x, 0.0));
        return x.sub(x.stopGradient()).mul(factor).add(constant(x, Double.NaN));
    }

    /**
     * Zero with derivative NaN with respect to {@code x} where {@code selected} (there x is ±∞),
     * and 0 elsewhere: {@code q = 1/x} is ±0 with derivative −1/x² = −0, and {@code √q − √q.detach()}
     * is 0 forward with derivative ∞ at q = 0, so the chain rule meets ∞ · 0 = NaN.
     */
    private static NDArray nanDerivativeAt(NDArray selected, NDArray x) {
        NDArray q = constant(x, 1.0).div(only(selected, x, 1.0));
        return q.sqrt().sub(q.stopGradient().sqrt());
    }

    /**
     * The odd extension {@code x < 0 ? −f(−x) : f(x)} of f defined on [0, ∞), differentiated
     * branch by branch, so that {@code f'(0)} is the derivative at 0. Each branch sees 1 where it
     * is not selected, keeping its (zero-weighted) derivative finite. NaN goes to {@code f(NaN)}.
     */
    private static NDArray oddExtension(NDArray x, UnaryOperator<NDArray> f) {
        NDArray negative = x.stopGradient().lt(0.0);
        NDArray left = f.apply(only(negative, x.neg(), 1.0)).neg();
        NDArray right = f.apply(only(negative.logicalNot(), x, 1.0));
        return where(negative, left, right);
    }

    /**
     * {@code torch.where(condition, a, b)} with broadcasting. DJL insists that the condition and
     * {@code a} have the same shape, but here any of the three may be a 0-d constant while the
     * others span the batch; {@code broadcast} (torch's {@code expand}) is differentiable, so the
     * gradient of a broadcast constant is still summed correctly.
     */
    private static NDArray where(NDArray condition, NDArray a, NDArray b) {
        Shape shape = condition.getShape();
        for (NDArray array : new NDArray[] {a, b}) {
            if (array.getShape().dimension() > shape.dimension()) {
                shape = array.getShape();
            }
        }
        NDArray c = condition.getShape().equals(shape) ? condition : condition.broadcast(shape);
        NDArray first = a.getShape().equals(shape) ? a : a.broadcast(shape);
        return NDArrays.where(c, first, b);
    }

    /** {@code where(selected, x, safe)}: x where selected, the constant elsewhere. */
    private static NDArray only(NDArray selected, NDArray x, double safe) {
        return where(selected, x, constant(x, safe));
    }
}
