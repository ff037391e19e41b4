package org.adcheck.ad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tutorial's case: f(x1, x2) = ln(x1) + x1·x2 − sin(x2) at (2, 5). */
class SeedExampleTests {

    private static final double VALUE = 11.652071455223084; // ln 2 + 10 − sin 5
    private static final double D_X1 = 5.5;                 // 1/x1 + x2, exact in binary
    private static final double D_X2 = 1.7163378145367738;  // x1 − cos x2 = 2 − cos 5

    /** The seed formula, written once for every algebra. */
    private static <T extends Num<T>> T f(T x1, T x2) {
        return x1.log().add(x1.mul(x2)).sub(x2.sin());
    }

    @Test
    void referenceNumbersAreTheClosedForms() {
        assertThat(Math.log(2) + 2 * 5 - Math.sin(5)).isEqualTo(VALUE);
        assertThat(1 / 2.0 + 5).isEqualTo(D_X1);
        assertThat(2 - Math.cos(5)).isEqualTo(D_X2);
    }

    @Test
    void dualSeededOnX1GivesTheFirstPartial() {
        Dual result = f(Dual.variable(2), Dual.constantOf(5));

        assertThat(result.value()).isEqualTo(VALUE);
        assertThat(result.tangent()).isEqualTo(D_X1);
    }

    @Test
    void dualSeededOnX2GivesTheSecondPartial() {
        Dual result = f(Dual.constantOf(2), Dual.variable(5));

        assertThat(result.value()).isEqualTo(VALUE);
        assertThat(result.tangent()).isEqualTo(D_X2);
    }

    @Test
    void dualPrintsLikeTheTutorial() {
        assertThat(f(Dual.variable(2), Dual.constantOf(5))).hasToString("value:11.6521, grad:5.5");
        assertThat(f(Dual.constantOf(2), Dual.variable(5))).hasToString("value:11.6521, grad:1.7163");
    }

    @Test
    void vectorDualGivesTheWholeGradientInOnePass() {
        VectorDual result = f(VectorDual.variable(0, 2, 2), VectorDual.variable(1, 2, 5));

        assertThat(result.value()).isEqualTo(VALUE);
        assertThat(result.gradient()).containsExactly(D_X1, D_X2);
        assertThat(result).hasToString("value:11.6521, grad:[5.5, 1.7163]");
    }

    @Test
    void realGivesTheValue() {
        assertThat(f(new Real(2), new Real(5)).value()).isEqualTo(VALUE);
    }

    @Test
    void theOneGenericFunctionAgreesAcrossAllThreeTypes() {
        Real real = SeedExample.seed(new Real(2), new Real(5));
        Dual dual = SeedExample.seed(Dual.variable(2), Dual.constantOf(5));
        VectorDual vector = SeedExample.seed(VectorDual.variable(0, 2, 2), VectorDual.variable(1, 2, 5));

        assertThat(dual.value()).isEqualTo(real.value());
        assertThat(vector.value()).isEqualTo(real.value());
        assertThat(vector.partial(0)).isEqualTo(dual.tangent());
    }

    @Test
    void mainPrintsBothSeedings() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            SeedExample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(buffer.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("value:11.6521, grad:5.5", "value:11.6521, grad:1.7163");
    }
}
