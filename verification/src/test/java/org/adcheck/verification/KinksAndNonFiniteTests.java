package org.adcheck.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.adcheck.expr.Expressions;
import org.adcheck.fixtures.Catalog;
import org.adcheck.fixtures.Fixture;
import org.adcheck.fixtures.GoldenPoint;
import org.adcheck.verification.backend.Backends;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Verdicts at kinks and at points where results are NaN or infinite, pinned case by case. */
class KinksAndNonFiniteTests {

    private static final Verifier ALL = new Verifier(Backends.parse(Backends.ALL));

    static VerificationResult verify(String expression, double... point) {
        return ALL.verify(expression, expression, Expressions.compile(Expressions.parse(expression)),
                new double[][] {point}, null);
    }

    static Check check(VerificationResult r, String quantity) {
        return r.points().get(0).checks().stream().filter(c -> c.quantity().equals(quantity)).findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = ';', value = {
        "abs(x);          0;    x",
        "relu(x);         0;    x",
        "sqrt(x^2);       0;    x",
        "abs(x - 1) * 2;  1;    x",
        "relu(-x) + x;    0;    x",
    })
    void aKinkGetsKinkWithForwardAdBetweenTheOneSidedDerivatives(String expression, double x, String variable) {
        Check c = check(verify(expression, x), variable);
        assertThat(c.verdict()).as(c.note()).isEqualTo(Verdict.KINK);
        double ad = c.numbers().get("forward-ad");
        assertThat(ad).isBetween(Math.min(c.leftSlope(), c.rightSlope()), Math.max(c.leftSlope(), c.rightSlope()));
    }

    @Test
    void aTieInMaxOrMinIsAKinkWithHalfEach() {
        for (String f : List.of("max(x, y)", "min(x, y)")) {
            VerificationResult r = verify(f, 0.5, 0.5);
            for (String v : List.of("x", "y")) {
                Check c = check(r, v);
                assertThat(c.verdict()).as(f + " " + v).isEqualTo(Verdict.KINK);
                assertThat(c.numbers().get("forward-ad")).isEqualTo(0.5);
                assertThat(c.numbers().get("pytorch")).isEqualTo(0.5);
            }
        }
    }

    @Test
    void hipparchusKinkConventionIsADocumentedDifferenceNotAFailure() {
        Check c = check(verify("abs(x)", 0), "x");
        assertThat(c.verdict()).isEqualTo(Verdict.KINK);
        assertThat(c.numbers().get("hipparchus")).isEqualTo(1.0);
        assertThat(c.note()).contains("documented convention difference").contains("hipparchus gives 1.0");
    }

    @Test
    void reverseModeNaNAtSqrtOfSquareIsADocumentedDifference() {
        Check c = check(verify("sqrt(x^2)", 0), "x");
        assertThat(c.numbers().get("forward-ad")).isEqualTo(0.0);
        assertThat(c.numbers().get("pytorch")).isNaN();
        assertThat(c.verdict()).isEqualTo(Verdict.KINK);
        assertThat(c.note()).contains("pytorch gives NaN");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = ';', value = {
        "abs(x);      1e-9",
        "abs(x);      -3e-8",
        "relu(x);     2e-9",
        "max(x, 1);   1.0000000001",
    })
    void wherefiniteDifferencesStraddleAKinkTheVerdictIsKinkOrInconclusive(String expression, double x) {
        Check c = check(verify(expression, x), "x");
        assertThat(c.verdict()).as(c.note()).isIn(Verdict.KINK, Verdict.INCONCLUSIVE, Verdict.AGREE);
        assertThat(c.verdict()).isNotEqualTo(Verdict.DISAGREE);
    }

    static Stream<Arguments> kinkGoldens() {
        List<Arguments> all = new ArrayList<>();
        for (Fixture f : Catalog.bundled().withTags(java.util.Set.of("kink")).fixtures()) {
            for (GoldenPoint g : f.goldens()) {
                all.add(Arguments.of(Named.of(f.name() + " " + g.label(), f), g));
            }
        }
        assertThat(all).isNotEmpty();
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinkGoldens")
    void everyKinkFixtureNeverDisagreesAtItsGoldenPoints(Fixture fixture, GoldenPoint golden) {
        VerificationResult r = ALL.verify(fixture, new double[][] {golden.point(fixture.variables())});
        assertThat(r.all(Verdict.DISAGREE)).as(() -> r.all(Verdict.DISAGREE).get(0).describe()).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = ';', value = {
        // expression; point; quantity; expected verdict
        "log(x);       0;         f;  NON_FINITE",
        "log(x);       0;         x;  NON_FINITE",
        "1/x;          0;         f;  NON_FINITE",
        "sqrt(x);      -1;        f;  NON_FINITE",
        "sqrt(x);      -1;        x;  NON_FINITE",
        "exp(x);       1000;      f;  NON_FINITE",
        "exp(x);       1000;      x;  NON_FINITE",
        "x^0.5;        -8;        f;  NON_FINITE",
        "log(x) * 0 + x; 0;       x;  NON_FINITE",   // ∞·0 = NaN in every backend (IEEE)
    })
    void offTheDomainResultsAreConsistentlyNonFinite(String expression, double x, String quantity, Verdict verdict) {
        Check c = check(verify(expression, x), quantity);
        assertThat(c.verdict()).as(c.note()).isEqualTo(verdict);
    }

    @Test
    void zeroToTheZeroIsOneWithZeroPartials() {
        VerificationResult r = verify("x^y", 0, 0);
        Check f = check(r, "f");
        assertThat(f.numbers().get("forward-ad")).isEqualTo(1.0);
        assertThat(f.numbers().get("pytorch")).isEqualTo(1.0);
        assertThat(f.verdict()).isEqualTo(Verdict.AGREE);
        assertThat(check(r, "y").numbers().get("forward-ad")).isEqualTo(0.0);
        assertThat(check(r, "y").numbers().get("pytorch")).isEqualTo(0.0);
    }

    @Test
    void aNegativeBaseWithAFractionalExponentIsNonFinite() {
        VerificationResult r = verify("x^y", -2, 0.5);
        assertThat(check(r, "f").verdict()).isEqualTo(Verdict.NON_FINITE);
        assertThat(check(r, "f").numbers().get("pytorch")).isNaN();
    }

    @Test
    void atan2AtTheOriginHasValueZeroAndNaNPartialsOnBothAnalyticBackends() {
        VerificationResult r = verify("atan2(y, x)", 0, 0);
        assertThat(check(r, "f").numbers().get("forward-ad")).isEqualTo(0.0);
        assertThat(check(r, "f").numbers().get("pytorch")).isEqualTo(0.0);
        for (String v : List.of("x", "y")) {
            Check c = check(r, v);
            assertThat(c.numbers().get("forward-ad")).isNaN();
            assertThat(c.numbers().get("pytorch")).isNaN();
            assertThat(c.verdict()).isNotEqualTo(Verdict.DISAGREE);
        }
    }
}
