package org.adcheck.ad;

/**
 * The algebra every backend implements: arithmetic, constants and the elementary functions of the
 * expression language.
 *
 * <p>A function is written once, generically, and runs on plain doubles ({@link Real}), a single
 * tangent ({@link Dual}), a full gradient ({@link VectorDual}), or a batch of points in a tensor
 * backend:
 *
 * <pre>{@code
 * static <T extends Num<T>> T seed(T x1, T x2) {
 *     return x1.log().add(x1.mul(x2)).sub(x2.sin());
 * }
 * }</pre>
 *
 * <p>Implementations are immutable: every operation returns a new value. Constants combine with
 * either side: {@code x.sub(1.0)} is x − 1 and {@code x.rsub(1.0)} is 1 − x.
 *
 * <p>Value-dependent branching never uses {@code if} on a value. It goes through {@link #select},
 * {@link #min}, {@link #max}, {@link #abs} or {@link #relu}, so that a batched backend can run the
 * same function over many points at once.
 *
 * <p>Derivative rules, domains and kink conventions are stated on each implementation's methods.
 * The conventions every implementation in adcheck follows (they match PyTorch autograd):
 * {@code abs'(0) = 0}, {@code relu'(0) = 0}, and a tie in {@code min}/{@code max} gives half of the
 * derivative to each argument.
 *
 * @param <T> the implementing type
 */
public interface Num<T extends Num<T>> {

    /** A constant {@code c} in the same algebra as this value (same tangent size or batch shape). */
    T constant(double c);

    T add(T other);

    T add(double c);

    T sub(T other);

    T sub(double c);

    /** {@code c − this}. */
    T rsub(double c);

    T mul(T other);

    T mul(double c);

    T div(T other);

    T div(double c);

    /** {@code c / this}. */
    T rdiv(double c);

    T neg();

    /** {@code this ^ exponent}, variable base and variable exponent. */
    T pow(T exponent);

    /** {@code this ^ c}; integer {@code c} is exact for negative bases. */
    T pow(double c);

    /** {@code c ^ this}. */
    T rpow(double c);

    T exp();

    T expm1();

    /** Natural logarithm; the expression language also calls it {@code ln}. */
    T log();

    T log1p();

    T log2();

    T log10();

    T sqrt();

    T cbrt();

    T sin();

    T cos();

    T tan();

    T asin();

    T acos();

    T atan();

    /** {@code atan2(this, x)}: this is y, the argument is x. */
    T atan2(T x);

    T sinh();

    T cosh();

    T tanh();

    T asinh();

    T acosh();

    T atanh();

    T abs();

    /** {@code 1 / (1 + exp(−this))}. */
    T sigmoid();

    /** {@code log(1 + exp(this))}. */
    T softplus();

    /** {@code max(this, 0)}. */
    T relu();

    T erf();

    /** {@code sqrt(this² + y²)} without overflow or underflow. */
    T hypot(T y);

    T min(T other);

    T max(T other);

    /**
     * {@code this > 0 ? whenPositive : otherwise}, point by point. The result carries the value and
     * the derivatives of the chosen branch only; the condition contributes no derivative.
     */
    T select(T whenPositive, T otherwise);
}
