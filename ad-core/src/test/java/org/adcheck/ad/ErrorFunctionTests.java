package org.adcheck.ad;

import static org.adcheck.ad.NumericAssertions.assertWithinUlps;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ErrorFunction} against 30-digit mpmath values (src/test/resources/erf-reference.py). */
class ErrorFunctionTests {

    @ParameterizedTest(name = "erf({0}) = {1}")
    @CsvFileSource(resources = "/erf-reference.csv", numLinesToSkip = 1)
    void erfIsWithinTwoUlpsOfTheReference(double x, String reference) {
        assertWithinUlps("erf(" + x + ")", ErrorFunction.erf(x), reference, 2);
    }

    @Test
    void erfOfSpecialValues() {
        assertThat(ErrorFunction.erf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(ErrorFunction.erf(Double.NEGATIVE_INFINITY)).isEqualTo(-1.0);
        assertThat(ErrorFunction.erf(Double.NaN)).isNaN();
        assertThat(Double.doubleToRawLongBits(ErrorFunction.erf(-0.0))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(ErrorFunction.erf(Double.MIN_VALUE)).isEqualTo(Double.MIN_VALUE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1e-20, 0.3, 0.84375, 1.0, 1.25, 2.0, 2.857142857142857, 4.5, 5.99, 7})
    void erfIsOdd(double x) {
        assertThat(ErrorFunction.erf(-x)).isEqualTo(-ErrorFunction.erf(x));
    }

    @Test
    void erfIsMonotoneAcrossTheIntervalBoundaries() {
        // the approximation switches formula at 0.84375, 1.25, 1/0.35 and 6: no step backwards there
        double[] boundaries = {0x1p-28, 0.84375, 1.25, 1 / 0.35, 6};
        for (double boundary : boundaries) {
            double below = Math.nextDown(boundary);
            double previous = ErrorFunction.erf(Math.nextDown(below));
            for (double x = below; x <= Math.nextUp(Math.nextUp(boundary)); x = Math.nextUp(x)) {
                double current = ErrorFunction.erf(x);
                assertThat(current).as("erf(%s) after erf(previous)", x).isGreaterThanOrEqualTo(previous);
                previous = current;
            }
        }
    }

    @Test
    void dualErfCarriesTheGaussianDerivative() {
        Dual result = Dual.variable(0).erf();
        assertThat(result).isEqualTo(new Dual(0, 2 / Math.sqrt(Math.PI)));
    }
}
