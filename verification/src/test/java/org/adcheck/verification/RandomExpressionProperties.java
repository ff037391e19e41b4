package org.adcheck.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import com.sageserpent.americium.java.TrialsFactoring;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.adcheck.expr.Expressions;
import org.adcheck.verification.backend.Backends;
import org.adcheck.verification.fuzz.SafeForms;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Random expression trees over every function of the language, built from domain-safe forms, at
 * random points: every backend must agree. Americium shrinks a failure to a minimal tree and point
 * and prints how to replay it.
 */
class RandomExpressionProperties {

    static final int CASES = 600;

    private static final TrialsApi API = Trials.api();
    private static final Verifier VERIFIER = new Verifier(Backends.parse(Backends.ALL));

    /** An expression and a point (x, y, z). */
    record Case(String expression, List<Double> point) {
        @Override
        public String toString() {
            return "'" + expression + "' at (x=" + point.get(0) + ", y=" + point.get(1) + ", z=" + point.get(2) + ")";
        }
    }

    static Trials<String> leaves() {
        return API.alternateWithWeights(
                Map.entry(4, API.choose(SafeForms.VARIABLES)),
                Map.entry(1, API.choose(SafeForms.CONSTANTS)));
    }

    static Trials<String> trees(int depth) {
        if (depth == 0) {
            return leaves();
        }
        Trials<String> applied = API.choose(SafeForms.ALL).flatMap(form -> trees(depth - 1).flatMap(u -> form.binary()
                ? trees(depth - 1).map(v -> form.apply(u, v))
                : API.only(form.apply(u, null))));
        return API.alternateWithWeights(Map.entry(1, leaves()), Map.entry(3, API.delay(() -> applied)));
    }

    static Trials<Double> coordinates() {
        return API.integers(-200, 200).map(k -> k / 100.0);
    }

    static Trials<Case> cases() {
        return trees(4).flatMap(e -> coordinates().immutableListsOfSize(3).map(p -> new Case(e, p)));
    }

    static void assertAgreement(Case c) {
        double[] point = c.point().stream().mapToDouble(Double::doubleValue).toArray();
        VerificationResult r = VERIFIER.verify(c.expression(), c.expression(),
                Expressions.compile(Expressions.parse(c.expression()), SafeForms.VARIABLES), new double[][] {point},
                null);
        List<VerificationResult.Failure> failures = r.all(Verdict.DISAGREE);
        if (!failures.isEmpty()) {
            StringBuilder message = new StringBuilder();
            failures.forEach(f -> message.append(f.describe()));
            throw new AssertionFailedError(message.toString());
        }
    }

    @Test
    void everyBackendAgreesOnRandomDomainSafeTrees() {
        AtomicInteger ran = new AtomicInteger();
        try {
            cases().withLimit(CASES).supplyTo(c -> {
                ran.incrementAndGet();
                assertAgreement(c);
            });
        } catch (TrialsFactoring.TrialException e) {
            throw new AssertionFailedError("minimal failing case: " + e.provokingCase() + "\n"
                    + e.getCause().getMessage() + "\nreplay with -Dtrials.recipeHash=" + e.recipeHash(), e);
        }
        System.out.println("random expression trees: " + ran.get() + " cases");
        assertThat(ran.get()).as("cases run").isGreaterThan(CASES / 2);
    }

    @Test
    void aFalsePropertyIsShrunkToASmallTree() {
        // The property machinery itself must be able to fail and to shrink: claim no tree uses cos.
        try {
            cases().withLimit(200).supplyTo(c -> assertThat(c.expression()).doesNotContain("cos"));
        } catch (TrialsFactoring.TrialException e) {
            Case minimal = (Case) e.provokingCase();
            assertThat(minimal.expression()).contains("cos");
            assertThat(minimal.expression().length()).as("shrunk expression " + minimal).isLessThan(30);
            assertThat(e.recipeHash()).isNotBlank();
            return;
        }
        throw new AssertionFailedError("a false property passed: the generator never produced cos");
    }
}
