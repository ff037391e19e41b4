/**
 * Forward-mode automatic differentiation over one algebra, {@link org.adcheck.ad.Num}.
 *
 * <p>What to use first:
 *
 * <ul>
 *   <li>{@link org.adcheck.ad.Dual} for one directional derivative: seed one input with
 *       {@code Dual.variable(x)}, the others with {@code Dual.constantOf(c)}; the result's tangent
 *       is the derivative along that input. It prints like the tutorial: {@code value:11.6521, grad:5.5}.
 *   <li>{@link org.adcheck.ad.VectorDual} for a whole gradient in one pass: seed input i of n with
 *       {@code VectorDual.variable(i, n, x)}, read {@code gradient()}.
 *   <li>{@link org.adcheck.ad.Real} for plain values in the same algebra (finite differences).
 *   <li>{@link org.adcheck.ad.Num} to write a function once for all of them:
 *       {@code <T extends Num<T>> T f(T x1, T x2)}.
 * </ul>
 *
 * <p>All three types share one set of derivative rules, stated on {@link org.adcheck.ad.Dual}'s
 * methods. They follow PyTorch autograd where conventions are needed: {@code abs'(0) = 0},
 * {@code relu'(0) = 0}, min/max ties split 0.5/0.5, {@code d/dx x^0 = 0}, {@code d/dy 0^y = 0} for
 * y ≥ 0, {@code hypot} partials 0 at the origin. Off a function's domain values and derivatives are
 * IEEE results of the same formulas (NaN, ±∞), never exceptions. A zero tangent never turns into
 * NaN through an infinite local derivative.
 *
 * <p>{@link org.adcheck.ad.SeedExample} runs the tutorial's example.
 */
package org.adcheck.ad;
