package org.adcheck.ad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DualTests {

    private static final Dual X = Dual.variable(3.0);

    @Nested
    class Factories {

        @Test
        void variableHasUnitTangent() {
            assertThat(Dual.variable(2.5)).isEqualTo(new Dual(2.5, 1.0));
        }

        @Test
        void constantOfHasZeroTangent() {
            assertThat(Dual.constantOf(2.5)).isEqualTo(new Dual(2.5, 0.0));
        }

        @Test
        void instanceConstantHasZeroTangentWhateverTheReceiver() {
            assertThat(Dual.variable(7).constant(2.5)).isEqualTo(new Dual(2.5, 0.0));
        }

        @Test
        void equalityIsComponentWiseAndTreatsNaNAsEqual() {
            assertThat(new Dual(Double.NaN, 1)).isEqualTo(new Dual(Double.NaN, 1));
            assertThat(new Dual(1, 2)).isNotEqualTo(new Dual(1, 3));
            assertThat(new Dual(1, 2)).hasSameHashCodeAs(new Dual(1, 2));
        }
    }

    /** The tutorial's ADTangent got these wrong. */
    @Nested
    class TutorialBugsStayFixed {

        @Test
        void subtractingAConstantKeepsTheTangent() {
            assertThat(X.sub(1.0)).isEqualTo(new Dual(2.0, 1.0));
        }

        @Test
        void subtractingAConstantDualKeepsTheTangent() {
            assertThat(X.sub(Dual.constantOf(1.0))).isEqualTo(new Dual(2.0, 1.0));
        }

        @Test
        void integerValuedConstantsWork() {
            assertThat(X.mul(2)).isEqualTo(new Dual(6.0, 2.0));
            assertThat(X.add(1)).isEqualTo(new Dual(4.0, 1.0));
            assertThat(X.pow(2)).isEqualTo(new Dual(9.0, 6.0));
        }

        @Test
        void constantOnTheLeftOfSubWorks() {
            assertThat(Dual.constantOf(3).sub(Dual.variable(1))).isEqualTo(new Dual(2.0, -1.0));
        }

        @Test
        void rsubIsConstantMinusThis() {
            assertThat(X.rsub(10)).isEqualTo(new Dual(7.0, -1.0));
        }

        @Test
        void rdivIsConstantOverThis() {
            Dual result = Dual.variable(2).rdiv(1);
            assertThat(result).isEqualTo(new Dual(0.5, -0.25));
        }

        @Test
        void rpowIsConstantToThePowerOfThis() {
            Dual result = X.rpow(2);
            assertThat(result.value()).isEqualTo(8.0);
            assertThat(result.tangent()).isEqualTo(8.0 * Math.log(2), org.assertj.core.data.Offset.offset(1e-15));
        }

        @Test
        void constantDualOnTheLeftOfEveryOperatorWorks() {
            Dual two = Dual.constantOf(2);
            assertThat(two.add(X)).isEqualTo(new Dual(5, 1));
            assertThat(two.mul(X)).isEqualTo(new Dual(6, 2));
            assertThat(two.div(Dual.variable(4))).isEqualTo(new Dual(0.5, -0.125));
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void addSumsTangents() {
            assertThat(new Dual(1, 2).add(new Dual(3, 4))).isEqualTo(new Dual(4, 6));
        }

        @Test
        void subSubtractsTangents() {
            assertThat(new Dual(1, 2).sub(new Dual(3, 5))).isEqualTo(new Dual(-2, -3));
        }

        @Test
        void mulAppliesProductRule() {
            // (1 + 2ε)(3 + 4ε) = 3 + (1·4 + 2·3)ε
            assertThat(new Dual(1, 2).mul(new Dual(3, 4))).isEqualTo(new Dual(3, 10));
        }

        @Test
        void divAppliesQuotientRule() {
            // (a/b)' = (a'b − ab')/b² = (2·4 − 1·3)/16
            assertThat(new Dual(1, 2).div(new Dual(4, 3))).isEqualTo(new Dual(0.25, 5.0 / 16));
        }

        @Test
        void divByConstantScalesTheTangent() {
            assertThat(new Dual(3, 2).div(4)).isEqualTo(new Dual(0.75, 0.5));
        }

        @Test
        void negNegatesBoth() {
            assertThat(new Dual(3, 2).neg()).isEqualTo(new Dual(-3, -2));
        }

        @Test
        void addingAConstantKeepsTheTangent() {
            assertThat(new Dual(3, 2).add(0.5)).isEqualTo(new Dual(3.5, 2));
        }

        @Test
        void mulByConstantScalesTheTangent() {
            assertThat(new Dual(3, 2).mul(-1.5)).isEqualTo(new Dual(-4.5, -3));
        }
    }

    /** PyTorch's conventions at non-differentiable points. */
    @Nested
    class Kinks {

        @Test
        void absHasZeroDerivativeAtZero() {
            assertThat(Dual.variable(0).abs().tangent()).isZero();
            assertThat(Dual.variable(-0.0).abs()).isEqualTo(new Dual(0.0, 0.0));
        }

        @Test
        void absHasSignDerivativeAwayFromZero() {
            assertThat(Dual.variable(-2).abs()).isEqualTo(new Dual(2, -1));
            assertThat(Dual.variable(2).abs()).isEqualTo(new Dual(2, 1));
        }

        @Test
        void reluHasZeroDerivativeAtZero() {
            assertThat(Dual.variable(0).relu()).isEqualTo(new Dual(0, 0));
        }

        @Test
        void reluPassesTheTangentOnlyAboveZero() {
            assertThat(Dual.variable(1e-300).relu()).isEqualTo(new Dual(1e-300, 1));
            assertThat(Dual.variable(-1e-300).relu()).isEqualTo(new Dual(0, 0));
        }

        @Test
        void maxTieSplitsTheTangentInHalf() {
            assertThat(new Dual(3, 2).max(new Dual(3, 10))).isEqualTo(new Dual(3, 6));
        }

        @Test
        void minTieSplitsTheTangentInHalf() {
            assertThat(new Dual(3, 2).min(new Dual(3, 10))).isEqualTo(new Dual(3, 6));
        }

        @Test
        void maxOfAVariableWithItselfHasFullTangent() {
            // each argument gets half, and both are x: ½ + ½ = 1, as PyTorch's maximum(x, x)
            assertThat(X.max(X)).isEqualTo(new Dual(3, 1));
            assertThat(X.min(X)).isEqualTo(new Dual(3, 1));
        }

        @Test
        void maxPassesTheLargerArgumentsTangent() {
            assertThat(new Dual(4, 2).max(new Dual(3, 10))).isEqualTo(new Dual(4, 2));
            assertThat(new Dual(2, 2).max(new Dual(3, 10))).isEqualTo(new Dual(3, 10));
        }

        @Test
        void minPassesTheSmallerArgumentsTangent() {
            assertThat(new Dual(4, 2).min(new Dual(3, 10))).isEqualTo(new Dual(3, 10));
            assertThat(new Dual(2, 2).min(new Dual(3, 10))).isEqualTo(new Dual(2, 2));
        }

        @Test
        void signedZerosTieInMax() {
            assertThat(new Dual(-0.0, 2).max(new Dual(0.0, 4))).isEqualTo(new Dual(0.0, 3));
        }
    }

    @Nested
    class Powers {

        @Test
        void zeroToTheZeroIsOneWithZeroDerivative() {
            assertThat(Dual.variable(0).pow(0)).isEqualTo(new Dual(1, 0));
        }

        @Test
        void zeroExponentGivesZeroDerivativeEvenWhereXToTheMinusOneIsInfinite() {
            assertThat(Dual.variable(0).pow(Dual.constantOf(0))).isEqualTo(new Dual(1, 0));
        }

        @Test
        void integerExponentIsExactForNegativeBases() {
            assertThat(Dual.variable(-2).pow(3)).isEqualTo(new Dual(-8, 12));
            assertThat(Dual.variable(-2).pow(2)).isEqualTo(new Dual(4, -4));
            assertThat(Dual.variable(-2).pow(-1)).isEqualTo(new Dual(-0.5, -0.25));
            assertThat(Dual.variable(-3).pow(4)).isEqualTo(new Dual(81, -108));
        }

        @Test
        void nonIntegerExponentOfNegativeBaseIsNaN() {
            Dual result = Dual.variable(-8).pow(1.0 / 3);
            assertThat(result.value()).isNaN();
            assertThat(result.tangent()).isNaN();
        }

        @Test
        void squareRootExponentAtZeroHasInfiniteDerivative() {
            assertThat(Dual.variable(0).pow(0.5)).isEqualTo(new Dual(0, Double.POSITIVE_INFINITY));
        }

        @Test
        void variableExponentHasLogPartial() {
            // d/dy 2^y at y = 3: 8 ln 2
            Dual result = Dual.constantOf(2).pow(Dual.variable(3));
            assertThat(result.value()).isEqualTo(8.0);
            assertThat(result.tangent()).isEqualTo(8 * Math.log(2));
        }

        @Test
        void variableBaseWithVariableExponentHasPowerRulePartial() {
            assertThat(Dual.variable(2).pow(Dual.constantOf(3))).isEqualTo(new Dual(8, 12));
        }

        @Test
        void exponentPartialAtZeroBaseIsMaskedToZero() {
            assertThat(Dual.constantOf(0).pow(Dual.variable(2))).isEqualTo(new Dual(0, 0));
            assertThat(Dual.constantOf(0).pow(Dual.variable(0))).isEqualTo(new Dual(1, 0));
        }

        @Test
        void exponentPartialAtZeroBaseAndNegativeExponentIsNotMasked() {
            // 0^−1 = ∞, ∂/∂y = ∞ · ln 0 = −∞ (PyTorch agrees)
            assertThat(Dual.constantOf(0).pow(Dual.variable(-1)))
                    .isEqualTo(new Dual(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        }

        @Test
        void negativeBaseWithVariableExponentHasNaNExponentPartialOnly() {
            Dual byBase = Dual.variable(-2).pow(Dual.constantOf(3));
            Dual byExponent = Dual.constantOf(-2).pow(Dual.variable(3));
            assertThat(byBase).isEqualTo(new Dual(-8, 12));
            assertThat(byExponent.value()).isEqualTo(-8);
            assertThat(byExponent.tangent()).isNaN();
        }

        @Test
        void rpowOfZeroBaseHasZeroDerivativeForNonNegativeExponents() {
            assertThat(Dual.variable(2).rpow(0)).isEqualTo(new Dual(0, 0));
            assertThat(Dual.variable(0).rpow(0)).isEqualTo(new Dual(1, 0));
        }

        @Test
        void rpowOfOneHasZeroDerivative() {
            assertThat(Dual.variable(5).rpow(1)).isEqualTo(new Dual(1, 0));
        }

        @Test
        void hugeIntegerExponentKeepsItsSign() {
            assertThat(Dual.variable(-1).pow(1e17)).isEqualTo(new Dual(1, -1e17));
        }
    }

    @Nested
    class Select {

        private final Dual a = new Dual(10, 1);
        private final Dual b = new Dual(20, 2);

        @Test
        void positiveConditionChoosesTheFirstBranch() {
            assertThat(Dual.variable(0.5).select(a, b)).isSameAs(a);
        }

        @Test
        void zeroConditionChoosesTheSecondBranch() {
            assertThat(Dual.variable(0).select(a, b)).isSameAs(b);
            assertThat(Dual.variable(-0.0).select(a, b)).isSameAs(b);
        }

        @Test
        void negativeConditionChoosesTheSecondBranch() {
            assertThat(Dual.variable(-1).select(a, b)).isSameAs(b);
        }

        @Test
        void nanConditionChoosesTheSecondBranch() {
            assertThat(Dual.variable(Double.NaN).select(a, b)).isSameAs(b);
        }

        @Test
        void selectBuildsAPiecewiseFunction() {
            // f(x) = x > 0 ? x² : −x, through the algebra
            Dual x = Dual.variable(-3);
            assertThat(x.select(x.mul(x), x.neg())).isEqualTo(new Dual(3, -1));
            Dual y = Dual.variable(3);
            assertThat(y.select(y.mul(y), y.neg())).isEqualTo(new Dual(9, 6));
        }
    }

    /** Off the domain: IEEE values, the same derivative formula, nothing thrown. */
    @Nested
    class OffDomain {

        @Test
        void logOfZeroIsMinusInfinityWithInfiniteDerivative() {
            assertThat(Dual.variable(0).log()).isEqualTo(new Dual(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        }

        @Test
        void logOfMinusOneIsNaNWithDerivativeOneOverX() {
            Dual result = Dual.variable(-1).log();
            assertThat(result.value()).isNaN();
            assertThat(result.tangent()).isEqualTo(-1.0);
        }

        @Test
        void sqrtOfMinusOneIsNaN() {
            Dual result = Dual.variable(-1).sqrt();
            assertThat(result.value()).isNaN();
            assertThat(result.tangent()).isNaN();
        }

        @Test
        void sqrtOfZeroHasInfiniteDerivative() {
            assertThat(Dual.variable(0).sqrt()).isEqualTo(new Dual(0, Double.POSITIVE_INFINITY));
        }

        @Test
        void oneOverZeroIsInfinite() {
            assertThat(Dual.variable(0).rdiv(1)).isEqualTo(new Dual(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
            assertThat(Dual.constantOf(1).div(Dual.variable(0)))
                    .isEqualTo(new Dual(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        }

        @Test
        void variableOverZeroHasInfiniteTangent() {
            assertThat(Dual.variable(1).div(Dual.constantOf(0)))
                    .isEqualTo(new Dual(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        }

        @Test
        void asinOutsideItsDomainIsNaN() {
            Dual result = Dual.variable(2).asin();
            assertThat(result.value()).isNaN();
            assertThat(result.tangent()).isNaN();
        }

        @Test
        void asinAtOneHasInfiniteDerivative() {
            assertThat(Dual.variable(1).asin()).isEqualTo(new Dual(Math.PI / 2, Double.POSITIVE_INFINITY));
            assertThat(Dual.variable(1).acos()).isEqualTo(new Dual(0, Double.NEGATIVE_INFINITY));
        }

        @Test
        void acoshBelowOneIsNaN() {
            Dual result = Dual.variable(0.5).acosh();
            assertThat(result.value()).isNaN();
            assertThat(result.tangent()).isNaN();
        }

        @Test
        void atanhAtOneIsInfinite() {
            assertThat(Dual.variable(1).atanh()).isEqualTo(new Dual(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
            assertThat(Dual.variable(-1).atanh()).isEqualTo(new Dual(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        }

        @Test
        void atanhBeyondOneIsNaNWithTheFormulasDerivative() {
            Dual result = Dual.variable(2).atanh();
            assertThat(result.value()).isNaN();
            assertThat(result.tangent()).isEqualTo(1.0 / (1 - 4));
        }

        @Test
        void expOverflowsToInfinity() {
            assertThat(Dual.variable(710).exp()).isEqualTo(new Dual(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        }

        @Test
        void atan2AtTheOriginHasNaNPartials() {
            Dual byY = Dual.variable(0).atan2(Dual.constantOf(0));
            Dual byX = Dual.constantOf(0).atan2(Dual.variable(0));
            assertThat(byY.value()).isZero();
            assertThat(byY.tangent()).isNaN();
            assertThat(byX.tangent()).isNaN();
        }

        @Test
        void hypotAtTheOriginHasZeroPartials() {
            assertThat(Dual.variable(0).hypot(Dual.constantOf(0))).isEqualTo(new Dual(0, 0));
            assertThat(Dual.constantOf(0).hypot(Dual.variable(0))).isEqualTo(new Dual(0, 0));
        }

        @Test
        void cbrtAtZeroHasInfiniteDerivative() {
            assertThat(Dual.variable(0).cbrt()).isEqualTo(new Dual(0, Double.POSITIVE_INFINITY));
        }

        @Test
        void nanPropagatesThroughArithmetic() {
            Dual result = Dual.variable(Double.NaN).mul(2).add(1);
            assertThat(result.value()).isNaN();
            assertThat(result.tangent()).isEqualTo(2.0);
        }
    }

    /** A zero tangent means "does not depend on the seed": it never becomes NaN through ∞·0. */
    @Nested
    class ZeroTangents {

        @Test
        void constantThroughAnInfiniteDerivativeKeepsZeroTangent() {
            assertThat(Dual.constantOf(0).sqrt()).isEqualTo(new Dual(0, 0));
            assertThat(Dual.constantOf(0).log()).isEqualTo(new Dual(Double.NEGATIVE_INFINITY, 0));
        }

        @Test
        void unrelatedInputAtASingularityDoesNotPoisonTheTangent() {
            // d/dx1 (sqrt(x2) + x1) at x2 = 0 is 1, as PyTorch reports
            Dual x1 = Dual.variable(3);
            Dual x2 = Dual.constantOf(0);
            assertThat(x2.sqrt().add(x1).tangent()).isEqualTo(1.0);
        }

        @Test
        void constantExponentOfNegativeBaseKeepsTheBasePartialFinite() {
            // pow(x, y) at x = −2, y = 2, seeded on x: ∂/∂y = 4·ln(−2) is NaN but y's tangent is 0
            assertThat(Dual.variable(-2).pow(Dual.constantOf(2))).isEqualTo(new Dual(4, -4));
        }

        @Test
        void nonZeroTangentThroughAnInfiniteDerivativeIsInfinite() {
            assertThat(new Dual(0, -2).sqrt()).isEqualTo(new Dual(0, Double.NEGATIVE_INFINITY));
        }
    }

    @Nested
    class Printing {

        @ParameterizedTest(name = "{0} prints as {1}")
        @CsvSource({
            "11.652071455223084, 11.6521",
            "5.5, 5.5",
            "2.0, 2.0",
            "0, 0.0",
            "-3, -3.0",
            "1.7163378145367738, 1.7163",
            "0.00004, 0.0",
            "0.00005, 0.0001",      // the double 0.00005 is just above the half
            "0.12345, 0.1235",      // the double 0.12345 is 0.123450000000000004174...
            "-0.12344999, -0.1234",
            "123456789.123456, 123456789.1235",
            "1e300, 1.0E300",
            "NaN, NaN",
            "Infinity, Infinity",
            "-Infinity, -Infinity",
        })
        void roundsToFourDecimalsKeepingOne(double x, String expected) {
            assertThat(RoundedDecimal.format(x)).isEqualTo(expected);
        }

        @Test
        void roundsHalfEvenOnExactTies() {
            // 0.03125 = 2^-5 is exactly representable: a true tie at the 4th decimal
            assertThat(RoundedDecimal.format(0.03125)).isEqualTo("0.0312");
            assertThat(RoundedDecimal.format(0.09375)).isEqualTo("0.0938");
        }

        @Test
        void dualPrintsValueAndGrad() {
            assertThat(new Dual(2, 1)).hasToString("value:2.0, grad:1.0");
            assertThat(new Dual(Double.NaN, Double.POSITIVE_INFINITY)).hasToString("value:NaN, grad:Infinity");
        }
    }
}
