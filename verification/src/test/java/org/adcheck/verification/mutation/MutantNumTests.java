package org.adcheck.verification.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import org.adcheck.ad.NumFunction;
import org.adcheck.ad.VectorDual;
import org.adcheck.expr.Expressions;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.ForwardAdBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MutantNumTests {

    private static final ForwardAdBackend FORWARD_AD = new ForwardAdBackend();

    @Test
    void ofBuildsAVectorDualWithExactlyTheGivenValueAndPartials() {
        VectorDual v = MutantNum.of(0.1 + 0.2, new double[] {1.5, -2.0 / 3.0, 0.0});

        assertThat(v.value()).isEqualTo(0.1 + 0.2);
        assertThat(v.gradient()).containsExactly(1.5, -2.0 / 3.0, 0.0);
    }

    /**
     * The decorator changes one method and nothing else: on every other mutation's witness where the
     * mutated method never runs, results are bit for bit forward-ad's; where it runs, the value is
     * still forward-ad's (except for VALUE_OFF).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Mutation.class)
    void onlyTheMutatedMethodDiffersFromForwardAd(Mutation mutation) {
        for (Mutation other : Mutation.values()) {
            NumFunction witness = Expressions.compile(Expressions.parse(other.witness()));
            double[][] points = other.points(5);
            MutatedForwardAdBackend mutant = new MutatedForwardAdBackend(mutation);

            BatchResult mutated = mutant.evaluate(witness, points);
            BatchResult right = FORWARD_AD.evaluate(witness, points);

            if (mutant.timesApplied() == 0) {
                assertThat(mutated.points()).as("%s on %s", mutation, other.witness()).isEqualTo(right.points());
            } else if (mutation != Mutation.VALUE_OFF) {
                for (int i = 0; i < points.length; i++) {
                    assertThat(mutated.point(i).value()).as("%s value on %s", mutation, other.witness())
                            .isEqualTo(right.point(i).value());
                }
            }
        }
    }

    @Test
    void mutatedBackendReportsItselfAsForwardAdAndNamesTheMutationInItsVersion() {
        MutatedForwardAdBackend mutant = new MutatedForwardAdBackend(Mutation.COS_SIGN_FLIP);

        assertThat(mutant.name()).isEqualTo("forward-ad");
        assertThat(mutant.version()).isEqualTo("adcheck ad-core VectorDual, mutated: COS_SIGN_FLIP (cos: cos' = +sin)");
    }
}
