package org.adcheck.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adcheck.fixtures.Catalog;
import org.adcheck.verification.backend.Backends;
import org.adcheck.verification.report.BaselineComparison;
import org.adcheck.verification.report.FixtureReport;
import org.adcheck.verification.report.ReportWriter;
import org.adcheck.verification.report.RunReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The regression gate: the bundled catalog through every backend, written to
 * {@code target/adcheck-report/}, compared with the committed baseline
 * ({@code src/test/resources/baseline.json}). Run with {@code -Dadcheck.updateBaseline=true} to
 * rewrite the baseline after an intended change; the README describes the workflow.
 */
class BaselineGateTests {

    /** The run the baseline records: keep in step with the README's update command. */
    static final int POINTS = 1000;
    static final long SEED = 1;

    static final Path BASELINE = Path.of("src/test/resources/baseline.json");
    static final Path REPORT = Path.of("target/adcheck-report");

    private static RunReport current;

    @BeforeAll
    static void runTheCatalog() {
        CatalogRunner runner = new CatalogRunner(new Verifier(Backends.parse(Backends.ALL)));
        current = runner.run(Catalog.bundled(), "bundled", List.of(), POINTS, SEED, r -> { });
        ReportWriter.write(current, REPORT);
        if (Boolean.getBoolean("adcheck.updateBaseline")) {
            ReportWriter.writeJson(current, BASELINE);
            System.out.println("baseline rewritten: " + BASELINE.toAbsolutePath());
        }
    }

    @Test
    void theBundledCatalogHasNoDisagreement() {
        List<String> findings = new ArrayList<>();
        for (FixtureReport f : current.fixtures()) {
            if (f.count("DISAGREE") > 0) {
                findings.add(f.name() + ": " + f.count("DISAGREE") + " DISAGREE\n" + String.join("", f.findings()));
            }
        }
        System.out.printf("catalog run: %d fixtures, %d checks AGREE, %d NON_FINITE, %d KINK, %d INCONCLUSIVE, "
                        + "%d DISAGREE%n", current.fixtures().size(), current.total("AGREE"),
                current.total("NON_FINITE"), current.total("KINK"), current.total("INCONCLUSIVE"),
                current.total("DISAGREE"));
        assertThat(findings).as("fixtures with DISAGREE").isEmpty();
    }

    @Test
    void theRunHasNoRegressionAgainstTheCommittedBaseline() {
        assertThat(BASELINE).as("committed baseline (create it with -Dadcheck.updateBaseline=true)").exists();
        RunReport baseline = ReportWriter.readJson(BASELINE);
        assertThat(baseline.metadata().seed()).isEqualTo(SEED);
        assertThat(baseline.metadata().pointsPerFixture()).isEqualTo(POINTS);
        BaselineComparison comparison = BaselineComparison.compare(baseline, current);
        System.out.println("against the baseline:\n" + comparison.describe());
        assertThat(comparison.regressions()).as(comparison.describe()).isEmpty();
    }

    @Test
    void theReportDirectoryHoldsAllThreeFilesWithEveryFixture() throws Exception {
        for (String file : List.of(ReportWriter.JSON, ReportWriter.HTML, ReportWriter.MARKDOWN)) {
            assertThat(REPORT.resolve(file)).exists();
        }
        String html = Files.readString(REPORT.resolve(ReportWriter.HTML));
        String markdown = Files.readString(REPORT.resolve(ReportWriter.MARKDOWN));
        for (FixtureReport f : current.fixtures()) {
            assertThat(html).contains(f.name());
            assertThat(markdown).contains(f.name());
        }
        assertThat(current.fixtures()).hasSize(Catalog.bundled().size());
    }

    @Test
    void aSeededRegressionFailsTheComparisonWithAClearMessage() {
        List<FixtureReport> worse = new ArrayList<>(current.fixtures());
        FixtureReport seed = worse.stream().filter(f -> f.name().equals("seed")).findFirst().orElseThrow();
        Map<String, Integer> verdicts = new HashMap<>(seed.verdicts());
        verdicts.put("DISAGREE", 3);
        worse.set(worse.indexOf(seed), new FixtureReport(seed.name(), seed.expression(), seed.variables(),
                seed.tags(), seed.points(), verdicts, seed.worstErrors(), seed.histograms(), "forward-ad",
                seed.findings()));
        BaselineComparison comparison = BaselineComparison.compare(current, new RunReport(current.metadata(), worse));
        assertThat(comparison.hasRegressions()).isTrue();
        assertThat(comparison.describe()).contains("seed").contains("DISAGREE 0 → 3");
    }

    @Test
    void theSameSeedGivesAnIdenticalReportApartFromDateAndDuration() {
        CatalogRunner runner = new CatalogRunner(new Verifier(Backends.parse(Backends.ALL)));
        RunReport once = runner.run(Catalog.bundled(), "bundled", List.of(), 100, 7, r -> { });
        RunReport twice = runner.run(Catalog.bundled(), "bundled", List.of(), 100, 7, r -> { });
        String first = withoutTimes(ReportWriter.toJson(once));
        String second = withoutTimes(ReportWriter.toJson(twice));
        assertThat(second).isEqualTo(first);
        assertThat(ReportWriter.toJson(current)).contains("\"date\"");
    }

    private static String withoutTimes(String json) {
        return json.replaceAll("\"date\" ?: ?\"[^\"]*\"", "\"date\":\"-\"")
                .replaceAll("\"durationSeconds\" ?: ?[0-9.eE+-]+", "\"durationSeconds\":0");
    }
}
