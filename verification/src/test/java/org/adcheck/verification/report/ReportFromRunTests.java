package org.adcheck.verification.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adcheck.fixtures.Catalog;
import org.adcheck.verification.CatalogRunner;
import org.adcheck.verification.Verifier;
import org.adcheck.verification.backend.Backends;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of a real run (forward-ad and finite differences over a small catalog), not a made-up one. */
class ReportFromRunTests {

    private static RunReport run;

    @BeforeAll
    static void runTheSmallCatalog() throws Exception {
        Catalog catalog = Catalog.load(Path.of(ReportFromRunTests.class.getResource("/report/catalog").toURI()));
        run = new CatalogRunner(new Verifier(Backends.parse("forward-ad,finite-difference")))
                .run(catalog, "report/catalog", List.of(), 50, 1, r -> { });
    }

    @Test
    void aRealRunRoundTripsThroughJson(@TempDir Path dir) {
        ReportWriter.write(run, dir);

        assertThat(ReportWriter.readJson(dir.resolve(ReportWriter.JSON))).isEqualTo(run);
    }

    @Test
    void aRealRunHasNoRegressionAgainstItselfReadBack(@TempDir Path dir) {
        ReportWriter.write(run, dir);

        BaselineComparison diff = BaselineComparison.compare(ReportWriter.readJson(dir.resolve(ReportWriter.JSON)), run);

        assertThat(diff.describe()).isEqualTo("no changes\n");
    }

    @Test
    void everyFixtureAppearsInEveryReport(@TempDir Path dir) throws Exception {
        ReportWriter.write(run, dir);

        String html = Files.readString(dir.resolve(ReportWriter.HTML));
        String markdown = Files.readString(dir.resolve(ReportWriter.MARKDOWN));
        assertThat(run.fixtures()).extracting(FixtureReport::name).containsExactly("seed", "abs-kink", "five-variables");
        for (FixtureReport f : run.fixtures()) {
            assertThat(html).contains("data-name=\"" + f.name() + "\"");
            assertThat(markdown).contains("| " + f.name() + " | ");
        }
        assertThat(html).contains("forward-ad~finite-difference (");
    }
}
