package org.adcheck.verification.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.adcheck.expr.Expressions;
import org.adcheck.verification.Verdict;
import org.adcheck.verification.Verifier;
import org.adcheck.verification.backend.Backends;
import org.adcheck.verification.backend.FiniteDifferenceBackend;
import org.adcheck.verification.mutation.MutatedForwardAdBackend;
import org.adcheck.verification.mutation.Mutation;
import org.junit.jupiter.api.Test;

/** The fuzz the gate runs on every build (fixed seed), and proof that it can find and shrink a bug. */
class FuzzTests {

    @Test
    void twoThousandRandomCasesFindNoDisagreement() {
        Fuzzer.Summary s = new Fuzzer(new Verifier(Backends.parse(Backends.ALL))).run(2000, 1, 4, line -> { });
        System.out.println("fuzz (seed 1): " + s.cases() + " cases, " + s.casesWithDisagreement() + " with DISAGREE; "
                + s.checks());
        StringBuilder facts = new StringBuilder();
        s.findings().forEach(f -> facts.append(f.shrunk()).append('\n').append(f.facts()));
        assertThat(s.cases()).isEqualTo(2000);
        assertThat(s.casesWithDisagreement()).as(facts.toString()).isZero();
    }

    @Test
    void aWrongRuleIsFoundAndShrunkToAMinimalExpression() {
        Verifier broken = new Verifier(List.of(new MutatedForwardAdBackend(Mutation.COS_SIGN_FLIP),
                Backends.named("pytorch"), new FiniteDifferenceBackend()));
        Fuzzer.Summary s = new Fuzzer(broken).run(300, 3, 3, line -> { });
        assertThat(s.casesWithDisagreement()).isPositive();
        assertThat(s.checks().get(Verdict.DISAGREE)).isPositive();
        Fuzzer.Finding first = s.findings().get(0);
        assertThat(first.shrunk()).contains("cos");
        assertThat(Shrinker.size(Expressions.parse(first.shrunk())))
                .as("shrunk %s from %s", first.shrunk(), first.expression())
                .isLessThanOrEqualTo(Shrinker.size(Expressions.parse(first.expression())))
                .isLessThanOrEqualTo(4);
        assertThat(first.facts()).contains("DISAGREE in").contains("pytorch");
    }

    @Test
    void theSameSeedGeneratesTheSameExpressions() {
        ExpressionGenerator a = new ExpressionGenerator(42, 4);
        ExpressionGenerator b = new ExpressionGenerator(42, 4);
        for (int i = 0; i < 100; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }

    @Test
    void everyFunctionOfTheLanguageHasASafeForm() {
        java.util.Set<String> covered = new java.util.HashSet<>();
        SafeForms.ALL.forEach(f -> covered.add(f.function()));
        assertThat(covered).containsAll(Expressions.functionNames());
    }

    @Test
    void theShrinkerRemovesEverythingTheFailureDoesNotNeed() {
        var shrunk = Shrinker.shrink(Expressions.parse("exp(sin(x) + cos(y * z)) * tanh(y)"),
                e -> Expressions.print(e).contains("cos"));
        assertThat(Expressions.print(shrunk)).isEqualTo("cos(y)");
    }
}
