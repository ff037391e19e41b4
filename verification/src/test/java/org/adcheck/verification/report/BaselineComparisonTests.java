package org.adcheck.verification.report;

import static org.adcheck.verification.report.SampleReports.realistic;
import static org.adcheck.verification.report.SampleReports.withFixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.adcheck.verification.report.BaselineComparison.Kind;
import org.junit.jupiter.api.Test;

class BaselineComparisonTests {

    private static final String AD_PYTORCH = "forward-ad~pytorch";

    @Test
    void anUnchangedRunPasses() {
        BaselineComparison diff = BaselineComparison.compare(realistic(), realistic());

        assertThat(diff.hasRegressions()).isFalse();
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.notes()).isEmpty();
        assertThat(diff.describe()).isEqualTo("no changes\n");
    }

    @Test
    void aRunReadBackFromJsonPasses() {
        RunReport baseline = ReportWriter.parse(java.nio.file.Path.of("baseline.json"),
                ReportWriter.toJson(realistic()).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(BaselineComparison.compare(baseline, realistic()).hasRegressions()).isFalse();
    }

    @Test
    void aNewDisagreeIsARegression() {
        RunReport current = withFixture(realistic(), "seed", f -> SampleReports.withDisagree(f, 3));

        BaselineComparison diff = BaselineComparison.compare(realistic(), current);

        assertThat(diff.hasRegressions()).isTrue();
        assertThat(diff.describe()).isEqualTo("""
                REGRESSION seed: DISAGREE 0 → 3
                1 regression, 0 gone, 0 improvements, 0 new
                """);
    }

    @Test
    void anErrorGrowingAHundredfoldIsARegression() {
        RunReport baseline = withFixture(realistic(), "rosenbrock", f -> SampleReports.withWorstError(f, AD_PYTORCH, 2.1e-15));
        RunReport current = withFixture(realistic(), "rosenbrock", f -> SampleReports.withWorstError(f, AD_PYTORCH, 4.5e-12));

        BaselineComparison diff = BaselineComparison.compare(baseline, current);

        assertThat(diff.hasRegressions()).isTrue();
        assertThat(diff.regressions()).extracting(BaselineComparison.Change::message).containsExactly(
                "REGRESSION rosenbrock: forward-ad~pytorch worst error 2.1e-15 → 4.5e-12 (× 2143, limit × 10 above 1e-13)");
    }

    @Test
    void growthByTheFactorAboveTheFloorIsARegressionJustBeyondIt() {
        assertThat(errorChange(1e-9, 1.01e-8)).containsExactly(
                "REGRESSION rosenbrock: forward-ad~pytorch worst error 1e-9 → 1e-8 (× 10.1, limit × 10 above 1e-13)");
        assertThat(errorChange(1e-9, 1e-8)).isEmpty();
        assertThat(errorChange(1e-9, 9e-9)).isEmpty();
    }

    @Test
    void errorsAtOrBelowTheFloorNeverRegress() {
        assertThat(errorChange(1e-17, 1e-13)).isEmpty();
        assertThat(errorChange(0, 9.9e-13)).isEmpty();
        assertThat(errorChange(0, 1.1e-12)).containsExactly(
                "REGRESSION rosenbrock: forward-ad~pytorch worst error 0 → 1.1e-12 (from exact, limit × 10 above 1e-13)");
    }

    @Test
    void shrinkingByMoreThanTheFactorFromAboveTheFloorIsAnImprovement() {
        assertThat(errorChange(4.5e-12, 2.1e-15)).containsExactly(
                "IMPROVEMENT rosenbrock: forward-ad~pytorch worst error 4.5e-12 → 2.1e-15 (÷ 2143)");
        assertThat(errorChange(4.5e-12, 0)).containsExactly(
                "IMPROVEMENT rosenbrock: forward-ad~pytorch worst error 4.5e-12 → 0 (now exact)");
        assertThat(errorChange(9e-13, 0)).isEmpty();
    }

    @Test
    void aNaNWorstErrorIsARegression() {
        assertThat(errorChange(1e-15, Double.NaN)).containsExactly(
                "REGRESSION rosenbrock: forward-ad~pytorch worst error 1e-15 → NaN (× ∞, limit × 10 above 1e-13)");
    }

    @Test
    void aGoneFixtureIsARegression() {
        BaselineComparison diff = BaselineComparison.compare(realistic(), SampleReports.without(realistic(), "beale"));

        assertThat(diff.hasRegressions()).isTrue();
        assertThat(diff.changes(Kind.GONE)).extracting(BaselineComparison.Change::fixture).containsExactly("beale");
        assertThat(diff.describe()).isEqualTo("""
                REGRESSION gone: fixture 'beale' is in the baseline but not in this run
                0 regressions, 1 gone, 0 improvements, 0 new
                """);
    }

    @Test
    void improvementsAreReportedNotFailed() {
        RunReport baseline = withFixture(realistic(), "mutated-sin", f -> SampleReports.withWorstError(f, AD_PYTORCH, 0.13));
        RunReport current = withFixture(realistic(), "mutated-sin", f -> SampleReports.withWorstError(
                SampleReports.withDisagree(f, 0), AD_PYTORCH, 2.0e-16));

        BaselineComparison diff = BaselineComparison.compare(baseline, current);

        assertThat(diff.hasRegressions()).isFalse();
        assertThat(diff.describe()).isEqualTo("""
                IMPROVEMENT mutated-sin: DISAGREE 3 → 0
                IMPROVEMENT mutated-sin: forward-ad~pytorch worst error 1.3e-1 → 2e-16 (÷ 6.5e14)
                0 regressions, 0 gone, 2 improvements, 0 new
                """);
    }

    @Test
    void newFixturesAreReportedNotFailed() {
        FixtureReport extra = SampleReports.fixture("foo", "x^3", List.of("x"), List.of(), 1000,
                SampleReports.counts(2000, 0, 0, 0, 0), 9, "", List.of());

        BaselineComparison diff = BaselineComparison.compare(realistic(), SampleReports.with(realistic(), extra));

        assertThat(diff.hasRegressions()).isFalse();
        assertThat(diff.describe()).isEqualTo("""
                NEW fixture 'foo' (1,000 points, 0 DISAGREE)
                0 regressions, 0 gone, 0 improvements, 1 new
                """);
    }

    @Test
    void regressionsComeFirst() {
        FixtureReport extra = SampleReports.fixture("foo", "x^3", List.of("x"), List.of(), 1000,
                SampleReports.counts(2000, 0, 0, 0, 0), 9, "", List.of());
        RunReport current = SampleReports.with(SampleReports.without(
                withFixture(withFixture(realistic(), "mutated-sin", f -> SampleReports.withDisagree(f, 0)),
                        "seed", f -> SampleReports.withDisagree(f, 1)), "beale"), extra);

        BaselineComparison diff = BaselineComparison.compare(realistic(), current);

        assertThat(diff.changes()).extracting(BaselineComparison.Change::kind)
                .containsExactly(Kind.REGRESSION, Kind.GONE, Kind.IMPROVEMENT, Kind.NEW);
        assertThat(diff.summary()).isEqualTo("1 regression, 1 gone, 1 improvement, 1 new");
    }

    @Test
    void aRunWithFewerBackendsComparesOnlySharedPairsAndSaysSo() {
        RunReport current = SampleReports.onlyBackends(realistic(), List.of("forward-ad", "finite-difference"));

        BaselineComparison diff = BaselineComparison.compare(realistic(), current);

        assertThat(diff.hasRegressions()).isFalse();
        assertThat(diff.notes()).containsExactly(
                "NOTE forward-ad~pytorch is not compared: this run did not use 'pytorch'",
                "NOTE forward-ad~hipparchus is not compared: this run did not use 'hipparchus'",
                "NOTE pytorch~finite-difference is not compared: this run did not use 'pytorch'",
                "NOTE pytorch~hipparchus is not compared: this run did not use 'pytorch' and 'hipparchus'",
                "NOTE finite-difference~hipparchus is not compared: this run did not use 'hipparchus'");
        assertThat(diff.describe()).endsWith("no changes\n");
    }

    @Test
    void aPairMissingAlthoughBothBackendsRanIsARegression() {
        RunReport current = withFixture(realistic(), "seed",
                f -> SampleReports.onlyBackends(f, List.of("forward-ad", "finite-difference", "hipparchus")));

        BaselineComparison diff = BaselineComparison.compare(realistic(), current);

        assertThat(diff.regressions()).extracting(BaselineComparison.Change::message).containsExactly(
                "REGRESSION seed: forward-ad~pytorch was compared in the baseline but not in this run, although both "
                        + "backends ran",
                "REGRESSION seed: pytorch~finite-difference was compared in the baseline but not in this run, although "
                        + "both backends ran",
                "REGRESSION seed: pytorch~hipparchus was compared in the baseline but not in this run, although both "
                        + "backends ran");
    }

    @Test
    void differentSeedsAndPointCountsAreNoted() {
        RunMetadata m = realistic().metadata();
        RunMetadata other = new RunMetadata(m.adcheckVersion(), m.date(), m.durationSeconds(), 7, 50, m.catalog(),
                m.tags(), m.backends(), m.pytorchVersion());

        BaselineComparison diff = BaselineComparison.compare(realistic(), new RunReport(other, realistic().fixtures()));

        assertThat(diff.notes()).containsExactly(
                "NOTE the runs used different seeds (baseline 1, this run 7): the random points differ",
                "NOTE the runs checked different numbers of random points per fixture (baseline 1000, this run 50)");
        assertThat(diff.hasRegressions()).isFalse();
    }

    private static List<String> errorChange(double before, double after) {
        RunReport baseline = withFixture(realistic(), "rosenbrock", f -> SampleReports.withWorstError(f, AD_PYTORCH, before));
        RunReport current = withFixture(realistic(), "rosenbrock", f -> SampleReports.withWorstError(f, AD_PYTORCH, after));
        return BaselineComparison.compare(baseline, current).changes().stream().map(BaselineComparison.Change::message).toList();
    }
}
