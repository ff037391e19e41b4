package org.adcheck.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.adcheck.fixtures.Catalog;
import org.adcheck.fixtures.Fixture;
import org.adcheck.fixtures.GoldenPoint;
import org.adcheck.verification.backend.Backends;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.PointResult;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gate's first part: every golden point of the bundled catalog, through every backend. Golden
 * values come from outside the code under test (the seed's printouts, closed forms, mpmath at 50
 * digits); each carries its own precision.
 */
class GoldenPointTests {

    private static final Verifier VERIFIER = new Verifier(Backends.parse(Backends.ALL));

    static Stream<Arguments> goldenPoints() {
        List<Arguments> all = new ArrayList<>();
        for (Fixture f : Catalog.bundled().fixtures()) {
            for (GoldenPoint g : f.goldens()) {
                all.add(Arguments.of(Named.of(f.name() + " @ " + g.at() + " [" + g.source() + "]", f), g));
            }
        }
        assertThat(all).as("golden points in the bundled catalog").hasSizeGreaterThanOrEqualTo(20);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenPoints")
    void everyBackendMatchesTheGoldenPoint(Fixture fixture, GoldenPoint golden) {
        double[] x = golden.point(fixture.variables());
        VerificationResult result = VERIFIER.verify(fixture, new double[][] {x});
        List<String> problems = new ArrayList<>();
        List<Check> checks = result.points().get(0).checks();
        for (Map.Entry<String, BatchResult> e : result.results().entrySet()) {
            PointResult r = e.getValue().point(0);
            boolean fd = r.hasEstimates();
            if (documented(checks.get(0), e.getKey())) {
                continue;
            }
            if (golden.value() != null) {
                expect(problems, e.getKey(), "f", golden.value(), r.value(), golden.tolerance());
            }
            for (Map.Entry<String, Double> partial : golden.gradient().entrySet()) {
                int j = fixture.variables().indexOf(partial.getKey());
                if (documented(checks.get(j + 1), e.getKey())) {
                    continue;
                }
                double allowed = golden.tolerance();
                if (fd) {
                    // FD at a kink or a domain edge is not a derivative: the verdict below judges it.
                    if (result.points().get(0).checks().get(j + 1).verdict() != Verdict.AGREE) {
                        continue;
                    }
                    // FD is held to the tolerance its own verdict used (the error estimate and the
                    // point's scale), or the golden's, whichever is looser.
                    double verdictTolerance = checks.get(j + 1).tolerance();
                    allowed = Math.max(allowed, Double.isFinite(verdictTolerance) ? verdictTolerance : 0);
                }
                expect(problems, e.getKey(), "∂f/∂" + partial.getKey(), partial.getValue(), r.gradient()[j], allowed);
            }
        }
        for (VerificationResult.Failure f : result.all(Verdict.DISAGREE)) {
            problems.add(f.describe());
        }
        assertThat(problems).as("golden point %s of '%s' (%s)", golden.at(), fixture.name(), golden.location())
                .isEmpty();
    }

    /**
     * Whether the verifier recorded this backend's number as a documented convention or accuracy
     * difference of an advisory oracle (e.g. Hipparchus's abs'(0) = 1 against a golden that states
     * PyTorch's convention): the verdict reports it, and the golden does not apply to it.
     */
    private static boolean documented(Check check, String backend) {
        return check.documentedDifferences().contains(backend);
    }

    private static void expect(List<String> problems, String backend, String quantity, double expected,
            double actual, double tolerance) {
        boolean ok = Double.isNaN(expected) ? Double.isNaN(actual)
                : Double.isInfinite(expected) ? expected == actual
                : Math.abs(expected - actual) <= tolerance;
        if (!ok) {
            problems.add(String.format("%-18s %-8s expected %s, got %s (difference %s, tolerance %s)", backend,
                    quantity, expected, actual, Math.abs(expected - actual), tolerance));
        }
    }
}
