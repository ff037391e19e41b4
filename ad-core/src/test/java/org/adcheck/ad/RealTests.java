package org.adcheck.ad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RealTests {

    @Test
    void arithmeticIsPlainDoubleArithmetic() {
        Real x = new Real(3);
        assertThat(x.add(new Real(2)).mul(2).sub(1).div(3).value()).isEqualTo(3.0);
        assertThat(x.rsub(1).value()).isEqualTo(-2.0);
        assertThat(x.rdiv(6).value()).isEqualTo(2.0);
        assertThat(x.rpow(2).value()).isEqualTo(8.0);
        assertThat(x.neg().value()).isEqualTo(-3.0);
        assertThat(x.constant(7)).isEqualTo(new Real(7));
    }

    @Test
    void offDomainValuesAreIeee() {
        assertThat(new Real(0).log().value()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(new Real(-1).log().value()).isNaN();
        assertThat(new Real(-1).sqrt().value()).isNaN();
        assertThat(new Real(0).rdiv(1).value()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void integerPowersOfNegativeBasesAreExact() {
        assertThat(new Real(-2).pow(3).value()).isEqualTo(-8.0);
        assertThat(new Real(-2).pow(new Real(2)).value()).isEqualTo(4.0);
    }

    @Test
    void stableFormsDoNotOverflow() {
        assertThat(new Real(750).softplus().value()).isEqualTo(750.0);
        assertThat(new Real(-750).sigmoid().value()).isZero();
        assertThat(new Real(750).sigmoid().value()).isEqualTo(1.0);
        assertThat(new Real(1e300).asinh().value()).isEqualTo(Math.log(1e300) + Math.log(2));
        assertThat(new Real(Double.MAX_VALUE).acosh().value()).isFinite();
    }

    @Test
    void log2IsExactForPowersOfTwo() {
        for (int k = -1074; k <= 1023; k++) {
            assertThat(new Real(Math.scalb(1.0, k)).log2().value()).as("log2(2^%d)", k).isEqualTo(k);
        }
    }

    @Test
    void selectChoosesOnTheSignOfTheReceiver() {
        Real a = new Real(1);
        Real b = new Real(2);
        assertThat(new Real(0.1).select(a, b)).isSameAs(a);
        assertThat(new Real(0).select(a, b)).isSameAs(b);
        assertThat(new Real(Double.NaN).select(a, b)).isSameAs(b);
    }

    @Test
    void minMaxAndHypotAreMathsOwn() {
        Real three = new Real(3);
        Real four = new Real(4);
        assertThat(three.min(four)).isEqualTo(three);
        assertThat(three.max(four)).isEqualTo(four);
        assertThat(three.hypot(four)).isEqualTo(new Real(5));
        assertThat(three.atan2(four)).isEqualTo(new Real(Math.atan2(3, 4)));
    }
}
