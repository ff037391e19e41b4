package org.adcheck.verification.backend;

import java.util.ArrayList;
import java.util.List;
import org.adcheck.ad.NumFunction;
import org.adcheck.ad.Real;
import org.adcheck.expr.CompiledExpression;

/**
 * Finite differences: the backend that knows nothing about derivative rules, only function values.
 *
 * <p>Each partial is a central difference refined by Richardson extrapolation over a shrinking step
 * (Ridders' method: C. J. F. Ridders, "Accurate computation of F'(x) and F'(x)F''(x)", Advances in
 * Engineering Software 4(2), 1982; the tableau as in Numerical Recipes, §5.7). The tableau also
 * yields an error estimate, which the tolerance policy turns into the comparison tolerance.
 *
 * <p>The first step is scaled to the coordinate: {@code h = 0.1·|x|} (or {@code 1e-3} at
 * {@code x = 0}), so that a step never crosses a pole at 0. When a step reaches a point where the
 * function is not finite (a domain edge), the step shrinks tenfold, up to eight times. When the
 * tableau's error estimate is worse than {@code 1e-9} relative, it restarts from a tenth of the
 * step, up to three times, and keeps the best estimate: oscillating functions need small steps.
 *
 * <p>One-sided derivatives, extrapolated once ({@code 2·D(h/2) − D(h)}, second order, with
 * {@code h = 2.5e-6·max(|x|, 0.01)}), are returned too: where they disagree the point lies on or next
 * to a kink. Each is also taken at four times the step; how much it moves is returned as its error,
 * so that rounding noise in a flat function is not mistaken for a kink.

 */
public final class FiniteDifferenceBackend implements Backend {

    /** The stable name used on the command line and in reports. */
    public static final String NAME = "finite-difference";

    private static final double SHRINK = 1.4;
    private static final double SHRINK_SQUARED = SHRINK * SHRINK;
    private static final int TABLEAU = 10;
    private static final double SAFE = 2.0;
    private static final int DOMAIN_RETRIES = 8;
    private static final int RESTARTS = 3;
    /** Ulps of rounding error assumed in each computed function value. */
    private static final double ROUNDING_ULPS = 4;
    private static final double GOOD_ENOUGH = 1e-9;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "Ridders central differences, " + TABLEAU + "-step Richardson tableau";
    }

    @Override
    public BatchResult evaluate(NumFunction function, double[][] points) {
        List<PointResult> results = new ArrayList<>(points.length);
        for (double[] point : points) {
            results.add(atPoint(function, point));
        }
        return new BatchResult(NAME, results);
    }

    private static PointResult atPoint(NumFunction function, double[] point) {
        int n = point.length;
        double[] x = point.clone();
        double value = valueAt(function, x);
        double[] gradient = new double[n];
        double[] error = new double[n];
        double[] left = new double[n];
        double[] right = new double[n];
        double[] oneSidedError = new double[n];
        for (int j = 0; j < n; j++) {
            Partial partial = new Partial(function, x, j);
            double[] central = partial.ridders();
            double h = 1e-5 * Math.max(Math.abs(point[j]), 1e-2);
            // Each side at two steps: a real kink gives the same one-sided slope at both; rounding
            // noise (which grows as the step shrinks) does not.
            right[j] = partial.oneSided(value, h / 4);
            left[j] = partial.oneSided(value, -h / 4);
            oneSidedError[j] = Math.max(Math.max(Math.abs(right[j] - partial.oneSided(value, h)),
                    Math.abs(left[j] - partial.oneSided(value, -h))), 3 * ROUNDING_ULPS * Math.ulp(value) / (h / 8));
            gradient[j] = central[0];
            // The tableau's estimate can be optimistic when two extrapolations agree by chance.
            // The mean of the one-sided differences is an independent second-order estimate from
            // far smaller steps: where the two disagree by more than the one-sided estimates' own
            // uncertainty, the disagreement is the honest error bar.
            double independent = 0.5 * (left[j] + right[j]);
            double gap = Math.abs(central[0] - independent) - oneSidedError[j];
            error[j] = Double.isFinite(gap) ? Math.max(central[1], gap) : central[1];
        }
        return new PointResult(value, gradient, error, left, right, oneSidedError);
    }

    static double valueAt(NumFunction function, double[] x) {
        if (function instanceof CompiledExpression compiled) {
            return compiled.applyAsDouble(x);   // the same Real operations, without an object each
        }
        List<Real> args = new ArrayList<>(x.length);
        for (double v : x) {
            args.add(new Real(v));
        }
        return function.apply(args, new Real(0.0)).value();
    }

    /** Differences along one coordinate; moves x[index] and always restores it. */
    private static final class Partial {
        private final NumFunction function;
        private final double[] x;
        private final int index;
        private final double origin;

        Partial(NumFunction function, double[] x, int index) {
            this.function = function;
            this.x = x;
            this.index = index;
            this.origin = x[index];
        }

        private double at(double coordinate) {
            x[index] = coordinate;
            try {
                return valueAt(function, x);
            } finally {
                x[index] = origin;
            }
        }

        /**
         * Returns {derivative, error estimate}. The tableau starts from {@code 0.1·|x|}; when its
         * error estimate is poor (an oscillating or sharply curved function needs smaller steps), it
         * starts again from a tenth of that, up to {@value #RESTARTS} times, and keeps the result with
         * the smallest error estimate.
         */
        double[] ridders() {
            double h = origin == 0.0 ? 1e-3 : 0.1 * Math.abs(origin);
            double[] best = {Double.NaN, Double.NaN, Double.NaN};
            for (int restart = 0; restart <= RESTARTS; restart++, h /= 10) {
                double[] result = withinDomain(h);
                if (result == null) {
                    continue;
                }
                if (Double.isNaN(best[1]) || result[1] < best[1]) {
                    best = result;
                }
                if (best[1] <= GOOD_ENOUGH * Math.abs(best[0])) {
                    break;
                }
            }
            return best;
        }

        /** A tableau from {@code h}, shrinking {@code h} tenfold while a step leaves the domain. */
        private double[] withinDomain(double h) {
            for (int retry = 0; retry <= DOMAIN_RETRIES; retry++, h /= 10) {
                double[] result = tableau(h);
                if (result != null) {
                    return result;
                }
            }
            return null;
        }

        private double[] tableau(double initialStep) {
            double[][] a = new double[TABLEAU][TABLEAU];
            double[] noise = new double[TABLEAU];
            double hh = initialStep;
            double[] first = central(hh);
            if (first == null) {
                return null;
            }
            a[0][0] = first[0];
            noise[0] = first[1];
            double best = first[0];
            double error = Double.POSITIVE_INFINITY;
            double bestStep = hh;
            for (int i = 1; i < TABLEAU; i++) {
                hh /= SHRINK;
                double[] d = central(hh);
                if (d == null) {
                    return null;
                }
                a[0][i] = d[0];
                noise[i] = d[1];
                double factor = SHRINK_SQUARED;
                // Each extrapolation level multiplies the rounding noise of the differences by
                // about (factor + 1)/(factor − 1) ≤ 3: the estimate is never below that bound.
                double amplification = 1;
                for (int j = 1; j <= i; j++) {
                    a[j][i] = (a[j - 1][i] * factor - a[j - 1][i - 1]) / (factor - 1.0);
                    amplification *= (factor + 1) / (factor - 1);
                    factor *= SHRINK_SQUARED;
                    double e = Math.max(Math.abs(a[j][i] - a[j - 1][i]), Math.abs(a[j][i] - a[j - 1][i - 1]));
                    e = Math.max(e, amplification * Math.max(noise[i], noise[i - 1]));
                    if (e <= error) {
                        error = e;
                        best = a[j][i];
                        bestStep = hh;
                    }
                }
                if (Math.abs(a[i][i] - a[i - 1][i - 1]) >= SAFE * error) {
                    break;
                }
            }
            return new double[] {best, error, bestStep};
        }

        /**
         * A central difference over an exactly representable step and its rounding noise, or null
         * off the domain.
         */
        private double[] central(double step) {
            double up = origin + step;
            double down = origin - step;
            double fUp = at(up);
            double fDown = at(down);
            if (!Double.isFinite(fUp) || !Double.isFinite(fDown)) {
                return null;
            }
            // Rounding noise of this difference: a few ulps of each value over the step.
            double noise = ROUNDING_ULPS * (Math.ulp(fUp) + Math.ulp(fDown)) / (up - down);
            return new double[] {(fUp - fDown) / (up - down), noise};
        }

        /** A one-sided difference towards the sign of {@code step}, extrapolated once. */
        double oneSided(double value, double step) {
            double far = origin + step;
            double near = origin + step / 2;
            double dFar = (at(far) - value) / (far - origin);
            double dNear = (at(near) - value) / (near - origin);
            return 2 * dNear - dFar;
        }
    }

}
