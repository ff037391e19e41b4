package org.adcheck.ad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VectorDualTests {

    @Test
    void variableSeedsItsOwnPartial() {
        VectorDual x = VectorDual.variable(1, 3, 2.5);
        assertThat(x.value()).isEqualTo(2.5);
        assertThat(x.size()).isEqualTo(3);
        assertThat(x.gradient()).containsExactly(0, 1, 0);
    }

    @Test
    void constantHasZeroPartials() {
        VectorDual c = VectorDual.constant(2, 7);
        assertThat(c.value()).isEqualTo(7);
        assertThat(c.gradient()).containsExactly(0, 0);
    }

    @Test
    void instanceConstantHasTheReceiversSize() {
        VectorDual c = VectorDual.variable(0, 4, 1).constant(3);
        assertThat(c).isEqualTo(VectorDual.constant(4, 3));
    }

    @Test
    void variableRejectsAnIndexOutsideTheCount() {
        assertThatThrownBy(() -> VectorDual.variable(2, 2, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variable index 2 is outside [0, 2)");
        assertThatThrownBy(() -> VectorDual.variable(-1, 2, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variable index -1 is outside [0, 2)");
    }

    @Test
    void constantRejectsANegativeCount() {
        assertThatThrownBy(() -> VectorDual.constant(-1, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("partial count -1 is negative");
    }

    @Test
    void combiningDifferentSizesFailsWithBothSizes() {
        VectorDual two = VectorDual.variable(0, 2, 1);
        VectorDual three = VectorDual.variable(0, 3, 1);
        assertThatThrownBy(() -> two.mul(three))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine a VectorDual of 2 partials with one of 3");
        assertThatThrownBy(() -> two.add(three)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> two.sub(three)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arrayReceiverRejectsTwoPartialArgument() {
        VectorDual three = VectorDual.variable(0, 3, 1.0);
        VectorDual two = VectorDual.variable(0, 2, 1.0);
        assertThatThrownBy(() -> three.mul(two))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine a VectorDual of 3 partials with one of 2");
        assertThatThrownBy(() -> three.add(two)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> three.sub(two)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Two partials are stored in fields, other counts in an array: both must compute the same bits. */
    @Test
    void twoPartialsMatchTheArrayPathBitForBit() {
        VectorDual a1 = VectorDual.variable(0, 2, 2.0);
        VectorDual a2 = VectorDual.variable(1, 2, 0.0);
        VectorDual b1 = VectorDual.variable(0, 3, 2.0);
        VectorDual b2 = VectorDual.variable(1, 3, 0.0);
        // sqrt at 0 has an infinite derivative: the zero partial of x1 must stay 0, not NaN.
        VectorDual two = a1.log().add(a1.mul(a2)).sub(a2.sin()).add(a2.sqrt()).div(a1.neg().rsub(5)).pow(1.5);
        VectorDual three = b1.log().add(b1.mul(b2)).sub(b2.sin()).add(b2.sqrt()).div(b1.neg().rsub(5)).pow(1.5);
        assertThat(two.value()).isEqualTo(three.value());
        assertThat(two.partial(0)).isEqualTo(three.partial(0));
        assertThat(Double.doubleToRawLongBits(two.partial(1))).isEqualTo(Double.doubleToRawLongBits(three.partial(1)));
        assertThat(three.partial(2)).isZero();
        assertThatThrownBy(() -> two.partial(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(two.hashCode())
                .isEqualTo(31 * Double.hashCode(two.value()) + java.util.Arrays.hashCode(two.gradient()));
    }

    @Test
    void gradientIsADefensiveCopy() {
        VectorDual x = VectorDual.variable(0, 2, 1);
        x.gradient()[0] = 42;
        assertThat(x.partial(0)).isEqualTo(1);
    }

    @Test
    void partialOutsideTheSizeThrows() {
        assertThatThrownBy(() -> VectorDual.variable(0, 2, 1).partial(2))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void operationsDoNotShareArraysWithTheirOperands() {
        VectorDual x = VectorDual.variable(0, 2, 1);
        VectorDual shifted = x.add(1).sub(1);
        assertThat(shifted).isEqualTo(x).isNotSameAs(x);
    }

    @Test
    void equalsComparesValueAndEveryPartial() {
        VectorDual a = VectorDual.variable(0, 2, 1);
        assertThat(a).isEqualTo(VectorDual.variable(0, 2, 1))
                .hasSameHashCodeAs(VectorDual.variable(0, 2, 1))
                .isNotEqualTo(VectorDual.variable(1, 2, 1))
                .isNotEqualTo(VectorDual.variable(0, 2, 2))
                .isNotEqualTo(VectorDual.variable(0, 3, 1))
                .isNotEqualTo(Dual.variable(1));
        assertThat(VectorDual.constant(1, Double.NaN)).isEqualTo(VectorDual.constant(1, Double.NaN));
    }

    @Test
    void printsLikeTheTutorialWithAGradientList() {
        assertThat(VectorDual.variable(1, 3, 2)).hasToString("value:2.0, grad:[0.0, 1.0, 0.0]");
        assertThat(VectorDual.constant(0, 11.652071455223084)).hasToString("value:11.6521, grad:[]");
    }

    @Test
    void mulAppliesProductRuleToEveryPartial() {
        VectorDual x = VectorDual.variable(0, 3, 2);
        VectorDual y = VectorDual.variable(1, 3, 5);
        assertThat(x.mul(y).gradient()).containsExactly(5, 2, 0);
    }

    @Test
    void zeroPartialsStayZeroThroughAnInfiniteDerivative() {
        // sqrt(x2) + x1 at x2 = 0: ∂/∂x1 = 1, ∂/∂x2 = ∞, ∂/∂x3 = 0
        VectorDual x1 = VectorDual.variable(0, 3, 3);
        VectorDual x2 = VectorDual.variable(1, 3, 0);
        assertThat(x2.sqrt().add(x1).gradient()).containsExactly(1, Double.POSITIVE_INFINITY, 0);
    }

    @Test
    void zeroPartialsStayZeroThroughANaNPartialOfABinaryOperation() {
        // pow(x, y) at (−2, 2): ∂/∂x = −4, ∂/∂y = 4·ln(−2) = NaN, ∂/∂z = 0
        VectorDual x = VectorDual.variable(0, 3, -2);
        VectorDual y = VectorDual.variable(1, 3, 2);
        double[] gradient = x.pow(y).gradient();
        assertThat(gradient[0]).isEqualTo(-4);
        assertThat(gradient[1]).isNaN();
        assertThat(gradient[2]).isZero();
    }

    @Test
    void selectReturnsTheChosenBranchItself() {
        VectorDual a = VectorDual.variable(0, 2, 1);
        VectorDual b = VectorDual.variable(1, 2, 2);
        assertThat(a.select(a, b)).isSameAs(a);
        assertThat(a.neg().select(a, b)).isSameAs(b);
    }

    @Test
    void maxTieSplitsEveryPartialInHalf() {
        VectorDual x = VectorDual.variable(0, 2, 3);
        VectorDual y = VectorDual.variable(1, 2, 3);
        assertThat(x.max(y).gradient()).containsExactly(0.5, 0.5);
        assertThat(x.min(y).gradient()).containsExactly(0.5, 0.5);
    }

    @Test
    void gradientOfAFunctionOfManyVariablesComesFromOnePass() {
        // f = Σ i·x_i² at x_i = i: ∂f/∂x_i = 2i²
        int n = 50;
        VectorDual sum = VectorDual.constant(n, 0);
        for (int i = 0; i < n; i++) {
            VectorDual xi = VectorDual.variable(i, n, i);
            sum = sum.add(xi.mul(xi).mul(i));
        }
        for (int i = 0; i < n; i++) {
            assertThat(sum.partial(i)).isEqualTo(2.0 * i * i);
        }
    }
}
