package org.adcheck.ad;

import static org.adcheck.ad.NumericAssertions.assertSameDouble;
import static org.assertj.core.api.Assertions.fail;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three types over a grid of points: {@link VectorDual} and {@link Dual} apply the same rule
 * (bit for bit), {@link Real} computes the same value (bit for bit), and a central finite difference
 * of {@code Real} agrees loosely with the forward-mode derivative wherever the function is smooth.
 */
class AgreementTests {

    private static final double[] GRID = {
        Double.NEGATIVE_INFINITY, -750, -3, -1, -0.5, -1e-3, -0.0, 0, 1e-3, 0.5, 0.999, 1, 1.5, 3, 100, 750,
        Double.POSITIVE_INFINITY, Double.NaN,
    };
    private static final double[] PAIR_GRID = {-2, -0.5, 0, 0.5, 1, 3, Double.NaN};

    @ParameterizedTest
    @EnumSource(UnaryFunction.class)
    void vectorDualAgreesWithDualBitForBit(UnaryFunction f) {
        for (double x : GRID) {
            Dual dual = f.apply(Dual.variable(x));
            VectorDual vector = f.apply(VectorDual.variable(1, 3, x));
            String at = f + " at " + x;
            assertSameDouble("value of " + at, vector.value(), dual.value());
            assertSameDouble("partial of " + at, vector.partial(1), dual.tangent());
            assertSameDouble("unseeded partial of " + at, vector.partial(0), f.apply(Dual.constantOf(x)).tangent());
            assertSameDouble("unseeded partial of " + at, vector.partial(2), vector.partial(0));
        }
    }

    @ParameterizedTest
    @EnumSource(UnaryFunction.class)
    void realComputesTheSameValueAsDual(UnaryFunction f) {
        for (double x : GRID) {
            assertSameDouble("value of " + f + " at " + x, f.apply(new Real(x)).value(), f.apply(Dual.variable(x)).value());
        }
    }

    @ParameterizedTest
    @EnumSource(UnaryFunction.class)
    void centralDifferenceOfRealAgreesWithDual(UnaryFunction f) {
        for (double x : GRID) {
            if (!Double.isFinite(x) || x == 0) {
                continue; // 0 is the kink of abs and relu; a central difference there is not a derivative
            }
            double derivative = f.apply(Dual.variable(x)).tangent();
            checkCentralDifference(f + " at " + x, v -> f.apply(new Real(v)).value(), x, derivative);
        }
    }

    @ParameterizedTest
    @EnumSource(BinaryFunction.class)
    void vectorDualAgreesWithDualBitForBitOnTwoArguments(BinaryFunction f) {
        for (double a : PAIR_GRID) {
            for (double b : PAIR_GRID) {
                Dual byA = f.apply(Dual.variable(a), Dual.constantOf(b));
                Dual byB = f.apply(Dual.constantOf(a), Dual.variable(b));
                VectorDual both = f.apply(VectorDual.variable(0, 2, a), VectorDual.variable(1, 2, b));
                Real real = f.apply(new Real(a), new Real(b));
                String at = f + " at (" + a + ", " + b + ")";
                assertSameDouble("value of " + at, both.value(), byA.value());
                assertSameDouble("Real value of " + at, real.value(), byA.value());
                assertSameDouble("∂/∂a of " + at, both.partial(0), byA.tangent());
                assertSameDouble("∂/∂b of " + at, both.partial(1), byB.tangent());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BinaryFunction.class)
    void centralDifferenceOfRealAgreesWithDualOnTwoArguments(BinaryFunction f) {
        for (double a : PAIR_GRID) {
            for (double b : PAIR_GRID) {
                if (Double.isNaN(a) || Double.isNaN(b) || a == b || a == 0) {
                    continue; // ties are the kinks of min and max; a = 0 is where select switches
                }
                String at = f + " at (" + a + ", " + b + ")";
                checkCentralDifference("∂/∂a of " + at, v -> f.apply(new Real(v), new Real(b)).value(), a,
                        f.apply(Dual.variable(a), Dual.constantOf(b)).tangent());
                checkCentralDifference("∂/∂b of " + at, v -> f.apply(new Real(a), new Real(v)).value(), b,
                        f.apply(Dual.constantOf(a), Dual.variable(b)).tangent());
            }
        }
    }

    /**
     * Checks (f(x + h) − f(x − h))/2h against {@code derivative}, with h = 1e-6·max(|x|, 1e-3):
     * truncation error h²·f'''/6 and rounding error ε·|f|/h stay well inside 1e-5·max(|f'|, 1).
     * Points where the derivative or a sampled value is not finite are skipped: the difference
     * there says nothing.
     */
    private static void checkCentralDifference(String what, DoubleUnaryOperator f, double x, double derivative) {
        double h = 1e-6 * Math.max(Math.abs(x), 1e-3);
        double above = f.applyAsDouble(x + h);
        double below = f.applyAsDouble(x - h);
        double centre = f.applyAsDouble(x);
        if (!Double.isFinite(derivative) || !Double.isFinite(above) || !Double.isFinite(below)
                || !Double.isFinite(centre)) {
            return;
        }
        double difference = (above - below) / (2 * h);
        double tolerance = 1e-5 * Math.max(Math.abs(derivative), 1) + 4 * Math.ulp(Math.abs(centre)) / h;
        if (!(Math.abs(difference - derivative) <= tolerance)) {
            fail(String.format("%s%n  forward-ad         : %s%n  central difference : %s   (h = %s)%n"
                    + "  difference         : %s%n  tolerance          : %s",
                    what, derivative, difference, h, Math.abs(difference - derivative), tolerance));
        }
    }
}
