package org.adcheck.ad;

import java.util.Arrays;

/**
 * A value with its partial derivatives with respect to n seeded inputs, so a full gradient comes
 * out of one forward pass.
 *
 * <pre>{@code
 * VectorDual x1 = VectorDual.variable(0, 2, 2.0);
 * VectorDual x2 = VectorDual.variable(1, 2, 5.0);
 * VectorDual f = x1.log().add(x1.mul(x2)).sub(x2.sin());
 * f.gradient();   // {5.5, 1.7163378145367738}
 * }</pre>
 *
 * <p><b>Rules.</b> Every operation applies exactly the rule of the same operation on {@link Dual}
 * (both go through one package-private set of derivative formulas), so partial i of a
 * {@code VectorDual} equals, bit for bit, the tangent of a {@code Dual} seeded on input i. The
 * derivative rules, domains and kink conventions are stated on {@link Dual}'s methods and repeated
 * briefly here.
 *
 * <p><b>Off the domain.</b> Where {@code java.lang.Math} gives NaN or ±∞ for the value, the partials
 * follow the same derivative formula in IEEE arithmetic ({@code log(0)}: −∞ with partials +∞·seed;
 * {@code log(−1)}: NaN with partials −1·seed; {@code sqrt(−1)}: NaN). Nothing throws, except for
 * mixing sizes.
 *
 * <p><b>Zero partials.</b> A zero partial stays exactly zero even where the local derivative is
 * infinite or NaN: input j that a value does not depend on gets no NaN from {@code ∞ · 0}, as in
 * reverse mode (see {@link Dual}).
 *
 * <p><b>Cost.</b> Every operation allocates the result and one {@code double[n]}, filled by one
 * indexed loop; except for two inputs, the most common case and the seed formula's, where the two
 * partials are plain fields and an operation allocates only the result. HotSpot's C2 then keeps
 * short-lived intermediates in registers (scalar replacement) as it does for {@link Dual}, so an
 * inlined function allocates nothing, and the seed formula's gradient costs about what the
 * hand-written one does. (Arrays of length 2 written out with constant indices were measured too:
 * escape analysis still kept some of them on the heap.)
 */
public final class VectorDual implements Num<VectorDual> {

    private final double value;
    /** The partials when there are not exactly two, else null. */
    private final double[] partials;
    /** Partials 0 and 1 when there are exactly two ({@code partials == null}), else 0. */
    private final double p0;
    private final double p1;

    /**
     * Takes ownership of {@code partials}: callers pass a fresh array and never touch it again. An
     * array of two is unpacked into the two fields, so the two representations never mix.
     */
    private VectorDual(double value, double[] partials) {
        this.value = value;
        if (partials.length == 2) {
            this.partials = null;
            this.p0 = partials[0];
            this.p1 = partials[1];
        } else {
            this.partials = partials;
            this.p0 = 0.0;
            this.p1 = 0.0;
        }
    }

    /** Two partials. */
    private VectorDual(double value, double p0, double p1) {
        this.value = value;
        this.partials = null;
        this.p0 = p0;
        this.p1 = p1;
    }

    /**
     * Input number {@code index} of {@code count}, at {@code value}: partial {@code index} is 1,
     * the others 0.
     *
     * @throws IllegalArgumentException unless 0 ≤ index &lt; count
     */
    public static VectorDual variable(int index, int count, double value) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(
                    "variable index " + index + " is outside [0, " + count + ")");
        }
        if (count == 2) {
            return index == 0 ? new VectorDual(value, 1.0, 0.0) : new VectorDual(value, 0.0, 1.0);
        }
        double[] seed = new double[count];
        seed[index] = 1.0;
        return new VectorDual(value, seed);
    }

    /**
     * A constant with {@code count} zero partials.
     *
     * @throws IllegalArgumentException if count &lt; 0
     */
    public static VectorDual constant(int count, double value) {
        if (count < 0) {
            throw new IllegalArgumentException("partial count " + count + " is negative");
        }
        return count == 2 ? new VectorDual(value, 0.0, 0.0) : new VectorDual(value, new double[count]);
    }

    /** The constant {@code c} with as many (zero) partials as this value has. */
    @Override
    public VectorDual constant(double c) {
        return partials == null ? new VectorDual(c, 0.0, 0.0) : new VectorDual(c, new double[partials.length]);
    }

    public double value() {
        return value;
    }

    /**
     * ∂value/∂input {@code index}.
     *
     * @throws IndexOutOfBoundsException unless 0 ≤ index &lt; size()
     */
    public double partial(int index) {
        if (partials == null) {
            if (index == 0) {
                return p0;
            }
            if (index == 1) {
                return p1;
            }
            throw new IndexOutOfBoundsException("partial index " + index + " is outside [0, 2)");
        }
        return partials[index];
    }

    /** All partials, in input order; a fresh copy. */
    public double[] gradient() {
        return partials == null ? new double[] {p0, p1} : partials.clone();
    }

    /** The number of inputs, that is of partials. */
    public int size() {
        return partials == null ? 2 : partials.length;
    }

    // ------------------------------------------------------------ chain rule

    /** The partials scaled by {@code derivative}: ∂f(u)/∂xᵢ = f'(u)·∂u/∂xᵢ. */
    private VectorDual unary(double newValue, double derivative) {
        if (partials == null) {
            double r0 = derivative * p0;
            double r1 = derivative * p1;
            if (!Double.isFinite(derivative)) {
                r0 = ElementaryFunctions.chain(derivative, p0);
                r1 = ElementaryFunctions.chain(derivative, p1);
            }
            return new VectorDual(newValue, r0, r1);
        }
        double[] p = partials;
        int n = p.length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = derivative * p[i];
        }
        if (!Double.isFinite(derivative)) {
            keepZerosOf(p, result);
        }
        return new VectorDual(newValue, result);
    }

    /** ∂f(u, v)/∂xᵢ = ∂f/∂u·∂u/∂xᵢ + ∂f/∂v·∂v/∂xᵢ. */
    private VectorDual binary(double newValue, double derivative, VectorDual other, double otherDerivative) {
        if (partials == null && other.partials == null) {
            double r0 = derivative * p0 + otherDerivative * other.p0;
            double r1 = derivative * p1 + otherDerivative * other.p1;
            if (!Double.isFinite(derivative) || !Double.isFinite(otherDerivative)) {
                r0 = ElementaryFunctions.chain(derivative, p0) + ElementaryFunctions.chain(otherDerivative, other.p0);
                r1 = ElementaryFunctions.chain(derivative, p1) + ElementaryFunctions.chain(otherDerivative, other.p1);
            }
            return new VectorDual(newValue, r0, r1);
        }
        double[] a = partials;
        double[] b = other.partials;
        if (a == null || b == null || b.length != a.length) { // two partials against some other number
            throw sizeMismatch(other);
        }
        int n = a.length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = derivative * a[i] + otherDerivative * b[i];
        }
        if (!Double.isFinite(derivative) || !Double.isFinite(otherDerivative)) {
            for (int i = 0; i < n; i++) {
                result[i] = ElementaryFunctions.chain(derivative, a[i])
                        + ElementaryFunctions.chain(otherDerivative, b[i]);
            }
        }
        return new VectorDual(newValue, result);
    }

    /** The rare path of {@link ElementaryFunctions#chain}: a non-finite derivative times 0 is 0. */
    private static void keepZerosOf(double[] source, double[] result) {
        for (int i = 0; i < source.length; i++) {
            if (source[i] == 0.0) {
                result[i] = 0.0;
            }
        }
    }

    private IllegalArgumentException sizeMismatch(VectorDual other) {
        return new IllegalArgumentException("cannot combine a VectorDual of " + size()
                + " partials with one of " + other.size());
    }

    // ------------------------------------------------------------ arithmetic

    /** a + b; partials add. */
    @Override
    public VectorDual add(VectorDual other) {
        if (partials == null && other.partials == null) {
            return new VectorDual(value + other.value, p0 + other.p0, p1 + other.p1);
        }
        double[] a = partials;
        double[] b = other.partials;
        if (a == null || b == null || b.length != a.length) { // two partials against some other number
            throw sizeMismatch(other);
        }
        int n = a.length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = a[i] + b[i];
        }
        return new VectorDual(value + other.value, result);
    }

    /** a + c; partials unchanged. */
    @Override
    public VectorDual add(double c) {
        return partials == null ? new VectorDual(value + c, p0, p1) : new VectorDual(value + c, partials.clone());
    }

    /** a − b; partials subtract. */
    @Override
    public VectorDual sub(VectorDual other) {
        if (partials == null && other.partials == null) {
            return new VectorDual(value - other.value, p0 - other.p0, p1 - other.p1);
        }
        double[] a = partials;
        double[] b = other.partials;
        if (a == null || b == null || b.length != a.length) { // two partials against some other number
            throw sizeMismatch(other);
        }
        int n = a.length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = a[i] - b[i];
        }
        return new VectorDual(value - other.value, result);
    }

    /** a − c; partials unchanged. */
    @Override
    public VectorDual sub(double c) {
        return partials == null ? new VectorDual(value - c, p0, p1) : new VectorDual(value - c, partials.clone());
    }

    /** c − a; partials negated. */
    @Override
    public VectorDual rsub(double c) {
        return partials == null ? new VectorDual(c - value, -p0, -p1) : new VectorDual(c - value, negated());
    }

    /** a·b; product rule b·∇a + a·∇b. */
    @Override
    public VectorDual mul(VectorDual other) {
        return binary(value * other.value, other.value, other, value);
    }

    /** a·c; partials times c. */
    @Override
    public VectorDual mul(double c) {
        return unary(value * c, c);
    }

    /** a/b; ∇a·(1/b) + ∇b·(−(a/b)/b). */
    @Override
    public VectorDual div(VectorDual other) {
        double quotient = value / other.value;
        return binary(quotient, 1.0 / other.value, other, -quotient / other.value);
    }

    /** a/c; partials times 1/c. */
    @Override
    public VectorDual div(double c) {
        return unary(value / c, 1.0 / c);
    }

    /** c/a; derivative −(c/a)/a. */
    @Override
    public VectorDual rdiv(double c) {
        double quotient = c / value;
        return unary(quotient, -quotient / value);
    }

    /** −a; partials negated. */
    @Override
    public VectorDual neg() {
        return partials == null ? new VectorDual(-value, -p0, -p1) : new VectorDual(-value, negated());
    }

    private double[] negated() {
        double[] p = partials;
        int n = p.length;
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = -p[i];
        }
        return result;
    }

    // ----------------------------------------------------------------- powers

    /** x^y; ∂/∂x = y·x^(y−1) (0 if y == 0), ∂/∂y = x^y·ln x (0 where x == 0 and y ≥ 0). See {@link Dual#pow(Dual)}. */
    @Override
    public VectorDual pow(VectorDual exponent) {
        double x = value;
        double y = exponent.value;
        double power = Math.pow(x, y);
        return binary(power, ElementaryFunctions.powBaseDerivative(x, y),
                exponent, ElementaryFunctions.powExponentDerivative(x, y, power));
    }

    /** x^c; derivative c·x^(c−1), 0 if c == 0; integer c exact for negative x. See {@link Dual#pow(double)}. */
    @Override
    public VectorDual pow(double c) {
        return unary(Math.pow(value, c), ElementaryFunctions.powBaseDerivative(value, c));
    }

    /** c^x; derivative c^x·ln c, 0 if c == 0 and x ≥ 0. See {@link Dual#rpow(double)}. */
    @Override
    public VectorDual rpow(double c) {
        double power = Math.pow(c, value);
        return unary(power, ElementaryFunctions.powExponentDerivative(c, value, power));
    }

    /** e^x; derivative e^x; +∞ beyond ~709.78. */
    @Override
    public VectorDual exp() {
        double e = Math.exp(value);
        return unary(e, e);
    }

    /** e^x − 1 (accurate near 0); derivative e^x. */
    @Override
    public VectorDual expm1() {
        return unary(Math.expm1(value), Math.exp(value));
    }

    /** ln x; derivative 1/x. Domain x &gt; 0; −∞ (derivative +∞) at 0, NaN (derivative 1/x) below. */
    @Override
    public VectorDual log() {
        return unary(Math.log(value), 1.0 / value);
    }

    /** ln(1 + x) (accurate near 0); derivative 1/(1 + x). Domain x &gt; −1; off it as {@link #log()}. */
    @Override
    public VectorDual log1p() {
        return unary(Math.log1p(value), 1.0 / (1.0 + value));
    }

    /** log₂ x (exact for powers of two); derivative 1/(x·ln 2). Domain x &gt; 0; off it as {@link #log()}. */
    @Override
    public VectorDual log2() {
        return unary(ElementaryFunctions.log2(value), 1.0 / (value * ElementaryFunctions.LN2));
    }

    /** log₁₀ x; derivative 1/(x·ln 10). Domain x &gt; 0; off it as {@link #log()}. */
    @Override
    public VectorDual log10() {
        return unary(Math.log10(value), 1.0 / (value * ElementaryFunctions.LN10));
    }

    /** √x; derivative 1/(2√x). Domain x ≥ 0; +∞ derivative at 0, NaN below. */
    @Override
    public VectorDual sqrt() {
        double root = Math.sqrt(value);
        return unary(root, 1.0 / (2.0 * root));
    }

    /** ∛x (negative x too); derivative 1/(3·∛x²), +∞ at 0. */
    @Override
    public VectorDual cbrt() {
        double root = Math.cbrt(value);
        return unary(root, ElementaryFunctions.cbrtDerivative(root));
    }

    // ---------------------------------------------------------- trigonometry

    /** sin x; derivative cos x; NaN at ±∞. */
    @Override
    public VectorDual sin() {
        return unary(Math.sin(value), Math.cos(value));
    }

    /** cos x; derivative −sin x; NaN at ±∞. */
    @Override
    public VectorDual cos() {
        return unary(Math.cos(value), -Math.sin(value));
    }

    /** tan x; derivative 1 + tan² x. */
    @Override
    public VectorDual tan() {
        double t = Math.tan(value);
        return unary(t, 1.0 + t * t);
    }

    /** asin x; derivative 1/√((1 − x)(1 + x)). Domain [−1, 1]; +∞ at ±1, NaN outside. */
    @Override
    public VectorDual asin() {
        return unary(Math.asin(value), ElementaryFunctions.asinDerivative(value));
    }

    /** acos x; derivative −1/√((1 − x)(1 + x)). Domain [−1, 1]; −∞ at ±1, NaN outside. */
    @Override
    public VectorDual acos() {
        return unary(Math.acos(value), -ElementaryFunctions.asinDerivative(value));
    }

    /** atan x; derivative 1/(1 + x²). Everywhere defined. */
    @Override
    public VectorDual atan() {
        return unary(Math.atan(value), 1.0 / (1.0 + value * value));
    }

    /** atan2(y, x), this is y; ∂/∂y = x/(x² + y²), ∂/∂x = −y/(x² + y²) (scaled by hypot); NaN partials at (0, 0). */
    @Override
    public VectorDual atan2(VectorDual x) {
        double h = Math.hypot(x.value, value);
        return binary(Math.atan2(value, x.value), ElementaryFunctions.atan2DerivativeY(x.value, h),
                x, ElementaryFunctions.atan2DerivativeX(value, h));
    }

    // ------------------------------------------------------------- hyperbolic

    /** sinh x; derivative cosh x. */
    @Override
    public VectorDual sinh() {
        return unary(Math.sinh(value), Math.cosh(value));
    }

    /** cosh x; derivative sinh x. */
    @Override
    public VectorDual cosh() {
        return unary(Math.cosh(value), Math.sinh(value));
    }

    /** tanh x; derivative 1/cosh² x (= 1 − tanh² x, without cancellation). */
    @Override
    public VectorDual tanh() {
        return unary(Math.tanh(value), ElementaryFunctions.tanhDerivative(value));
    }

    /** asinh x (accurate, overflow-free); derivative 1/√(1 + x²). Everywhere defined. */
    @Override
    public VectorDual asinh() {
        return unary(ElementaryFunctions.asinh(value), ElementaryFunctions.asinhDerivative(value));
    }

    /** acosh x (accurate near 1); derivative 1/√((x − 1)(x + 1)). Domain x ≥ 1; +∞ at 1, NaN below. */
    @Override
    public VectorDual acosh() {
        return unary(ElementaryFunctions.acosh(value), ElementaryFunctions.acoshDerivative(value));
    }

    /** atanh x; derivative 1/((1 − x)(1 + x)). Domain (−1, 1); ±∞ (derivative +∞) at ±1, NaN beyond. */
    @Override
    public VectorDual atanh() {
        return unary(ElementaryFunctions.atanh(value), ElementaryFunctions.atanhDerivative(value));
    }

    // ----------------------------------------------------- kinks and specials

    /** |x|; derivative sign(x) with sign(0) = 0. */
    @Override
    public VectorDual abs() {
        return unary(Math.abs(value), ElementaryFunctions.absDerivative(value));
    }

    /** Overflow-free sigmoid; derivative s(1 − s) = e/(1 + e)², e = e^−|x|. Everywhere defined. */
    @Override
    public VectorDual sigmoid() {
        return unary(ElementaryFunctions.sigmoid(value), ElementaryFunctions.sigmoidDerivative(value));
    }

    /** max(x, 0) + log1p(e^−|x|); derivative sigmoid(x). Everywhere defined. */
    @Override
    public VectorDual softplus() {
        return unary(ElementaryFunctions.softplus(value), ElementaryFunctions.sigmoid(value));
    }

    /** max(x, 0); derivative 1 for x &gt; 0, else 0 (relu'(0) = 0). */
    @Override
    public VectorDual relu() {
        return unary(Math.max(value, 0.0), ElementaryFunctions.reluDerivative(value));
    }

    /** erf x (fdlibm port); derivative 2/√π·e^(−x²). Everywhere defined. */
    @Override
    public VectorDual erf() {
        return unary(ErrorFunction.erf(value), ElementaryFunctions.erfDerivative(value));
    }

    /** √(x² + y²) via {@code Math.hypot}; ∂/∂x = x/h, ∂/∂y = y/h, both 0 at h = 0. */
    @Override
    public VectorDual hypot(VectorDual y) {
        double h = Math.hypot(value, y.value);
        return binary(h, ElementaryFunctions.hypotDerivative(value, h),
                y, ElementaryFunctions.hypotDerivative(y.value, h));
    }

    /** min(a, b); the smaller passes all its partials, a tie half of each, a NaN both. */
    @Override
    public VectorDual min(VectorDual other) {
        return binary(Math.min(value, other.value), ElementaryFunctions.minShare(value, other.value),
                other, ElementaryFunctions.minShare(other.value, value));
    }

    /** max(a, b); the larger passes all its partials, a tie half of each, a NaN both. */
    @Override
    public VectorDual max(VectorDual other) {
        return binary(Math.max(value, other.value), ElementaryFunctions.maxShare(value, other.value),
                other, ElementaryFunctions.maxShare(other.value, value));
    }

    /** {@code this.value > 0 ? whenPositive : otherwise}, returned as is; a NaN condition chooses {@code otherwise}. */
    @Override
    public VectorDual select(VectorDual whenPositive, VectorDual otherwise) {
        return value > 0.0 ? whenPositive : otherwise;
    }

    // ------------------------------------------------------------ identity

    /** Same value and partials, compared as {@link Double#compare} does (NaN equals NaN, 0.0 ≠ −0.0). */
    @Override
    public boolean equals(Object o) {
        return o instanceof VectorDual other
                && Double.compare(value, other.value) == 0
                && Arrays.equals(partials, other.partials)
                && Double.compare(p0, other.p0) == 0
                && Double.compare(p1, other.p1) == 0;
    }

    /** As if the partials were always an array: {@code 31·hash(value) + Arrays.hashCode(partials)}. */
    @Override
    public int hashCode() {
        int partialsHash = partials == null
                ? 31 * (31 + Double.hashCode(p0)) + Double.hashCode(p1)
                : Arrays.hashCode(partials);
        return 31 * Double.hashCode(value) + partialsHash;
    }

    /** Like {@link Dual}: {@code value:11.6521, grad:[5.5, 1.7163]}, 4 decimals. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("value:").append(RoundedDecimal.format(value)).append(", grad:[");
        for (int i = 0; i < size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(RoundedDecimal.format(partial(i)));
        }
        return text.append(']').toString();
    }
}
