package org.adcheck.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import com.sageserpent.americium.java.TrialsFactoring;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.adcheck.fixtures.Catalog;
import org.adcheck.fixtures.Domain;
import org.adcheck.fixtures.Fixture;
import org.adcheck.verification.backend.Backends;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * For every fixture of the bundled catalog, random points of its domain agree across every
 * backend. Americium draws the points deterministically (the same cases on every run) and shrinks a
 * failure towards the domain's lower corner; the failure names the fixture, the point, every
 * backend's numbers and the replay hash.
 */
class FixtureAgreementProperties {

    static final int CASES_PER_FIXTURE = 12;
    private static final int RESOLUTION = 1 << 20;
    private static final TrialsApi API = Trials.api();
    private static final Verifier VERIFIER = new Verifier(Backends.parse(Backends.ALL));
    private static final AtomicInteger CASES = new AtomicInteger();

    static Stream<Arguments> fixtures() {
        List<Arguments> all = new ArrayList<>();
        for (Fixture f : Catalog.bundled().fixtures()) {
            all.add(Arguments.of(Named.of(f.name(), f)));
        }
        return all.stream();
    }

    static Trials<Double> coordinate(Domain domain) {
        if (domain.fixed()) {
            return API.only(domain.lower());
        }
        double lo = domain.lower();
        double hi = domain.upper();
        return API.integers(0, RESOLUTION - 1)
                .map(k -> lo + (hi - lo) * (k + 0.5) / RESOLUTION)
                .filter(domain::contains);
    }

    static Trials<List<Double>> points(Fixture fixture) {
        List<Trials<Double>> coordinates = new ArrayList<>();
        for (String v : fixture.variables()) {
            coordinates.add(coordinate(fixture.domains().get(v)));
        }
        return API.immutableLists(coordinates).map(List::copyOf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void randomPointsInTheDomainAgreeAcrossBackends(Fixture fixture) {
        try {
            points(fixture).withLimit(CASES_PER_FIXTURE).supplyTo(point -> {
                CASES.incrementAndGet();
                double[] x = point.stream().mapToDouble(Double::doubleValue).toArray();
                VerificationResult r = VERIFIER.verify(fixture, new double[][] {x});
                List<VerificationResult.Failure> failures = r.all(Verdict.DISAGREE);
                if (!failures.isEmpty()) {
                    StringBuilder message = new StringBuilder();
                    failures.forEach(f -> message.append(f.describe()));
                    throw new AssertionFailedError(message.toString());
                }
            });
        } catch (TrialsFactoring.TrialException e) {
            throw new AssertionFailedError("fixture '" + fixture.name() + "' (" + fixture.source()
                    + "): minimal failing point " + e.provokingCase() + "\n" + e.getCause().getMessage()
                    + "\nreplay with -Dtrials.recipeHash=" + e.recipeHash(), e);
        }
    }

    @AfterAll
    static void reportCaseCount() {
        System.out.println("fixture agreement properties: " + CASES.get() + " random points checked");
        assertThat(CASES.get()).isPositive();
    }
}
