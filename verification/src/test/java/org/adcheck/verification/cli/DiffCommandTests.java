package org.adcheck.verification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adcheck.verification.report.FixtureReport;
import org.adcheck.verification.report.ReportWriter;
import org.adcheck.verification.report.RunReport;
import org.adcheck.verification.report.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTests {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void identicalReportsHaveNoChangesAndExit0() throws IOException {
        Cli cli = diff(SampleReports.realistic(), SampleReports.realistic());

        assertThat(cli.out()).isEqualTo("no changes\n");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void aRegressionIsPrintedFirstAndExits1() throws IOException {
        RunReport old = SampleReports.withFixture(SampleReports.realistic(), "rosenbrock",
                f -> SampleReports.withWorstError(f, "forward-ad~pytorch", 2.1e-15));
        FixtureReport foo = SampleReports.fixture("foo", "x^3", List.of("x"), List.of(), 1000,
                SampleReports.counts(2000, 0, 0, 0, 0), 9, "", List.of());
        RunReport now = SampleReports.with(SampleReports.without(SampleReports.withFixture(SampleReports.withFixture(
                SampleReports.withFixture(old, "rosenbrock", f -> SampleReports.withWorstError(f, "forward-ad~pytorch", 4.5e-12)),
                "seed", f -> SampleReports.withDisagree(f, 3)),
                "mutated-sin", f -> SampleReports.withDisagree(f, 0)), "beale"), foo);

        Cli cli = diff(old, now);

        assertThat(cli.out()).isEqualTo("""
                REGRESSION seed: DISAGREE 0 → 3
                REGRESSION rosenbrock: forward-ad~pytorch worst error 2.1e-15 → 4.5e-12 (× 2143, limit × 10 above 1e-13)
                REGRESSION gone: fixture 'beale' is in the baseline but not in this run
                IMPROVEMENT mutated-sin: DISAGREE 3 → 0
                NEW fixture 'foo' (1,000 points, 0 DISAGREE)
                2 regressions, 1 gone, 1 improvement, 1 new
                """);
        assertThat(cli.err()).isEmpty();
        assertThat(cli.exitCode()).isEqualTo(1);
    }

    @Test
    void improvementsAndNewFixturesAloneExit0() throws IOException {
        FixtureReport foo = SampleReports.fixture("foo", "x^3", List.of("x"), List.of(), 1000,
                SampleReports.counts(2000, 0, 0, 0, 0), 9, "", List.of());
        RunReport now = SampleReports.with(SampleReports.withFixture(SampleReports.realistic(), "mutated-sin",
                f -> SampleReports.withDisagree(f, 0)), foo);

        Cli cli = diff(SampleReports.realistic(), now);

        assertThat(cli.out()).isEqualTo("""
                IMPROVEMENT mutated-sin: DISAGREE 3 → 0
                NEW fixture 'foo' (1,000 points, 0 DISAGREE)
                0 regressions, 0 gone, 1 improvement, 1 new
                """);
        assertThat(cli.exitCode()).isZero();
    }

    @Test
    void aMissingFileIsBadInputNamingIt() throws IOException {
        Path old = write("old", SampleReports.realistic());
        Path missing = dir.resolve("missing.json");

        Cli cli = Cli.run("diff", old.toString(), missing.toString());

        assertThat(cli.err()).isEqualTo("adcheck diff: " + missing + ": no such file" + NL);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void malformedJsonIsBadInputWithLineAndColumn() throws IOException {
        Path old = Files.writeString(dir.resolve("old.json"), "{\n  \"metadata\": {\n    \"seed\": 1,\n");
        Path now = write("new", SampleReports.realistic());

        Cli cli = Cli.run("diff", old.toString(), now.toString());

        assertThat(cli.err()).isEqualTo("adcheck diff: " + old + ":4:1: Unexpected end-of-input within/between "
                + "Object entries" + NL);
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void aWrongShapeNamesThePlace() throws IOException {
        Path old = Files.writeString(dir.resolve("old.json"), "{\n  \"metadata\": [1, 2]\n}\n");
        Path now = write("new", SampleReports.realistic());

        Cli cli = Cli.run("diff", old.toString(), now.toString());

        assertThat(cli.err()).isEqualTo("adcheck diff: " + old + ":2:15: at metadata: Cannot deserialize value of type "
                + "`RunMetadata` from Array value (token `JsonToken.START_ARRAY`)" + NL);
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotAReportIsBadInput() throws IOException {
        Path old = Files.writeString(dir.resolve("package.json"), "{\"name\": \"left-pad\"}");
        Path now = write("new", SampleReports.realistic());

        Cli cli = Cli.run("diff", old.toString(), now.toString());

        assertThat(cli.err()).isEqualTo("adcheck diff: " + old + ":1:20: not an adcheck report: missing field 'metadata'" + NL);
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingArgumentIsBadInput() {
        Cli cli = Cli.run("diff", "old.json");

        assertThat(cli.err()).isEqualTo("adcheck diff: Missing required parameter: 'NEW.json'" + NL);
        assertThat(cli.exitCode()).isEqualTo(2);
    }

    @Test
    void helpDescribesTheRulesAndExitCodes() {
        Cli cli = Cli.run("diff", "--help");

        assertThat(cli.out()).startsWith("Usage: adcheck diff [-hV] [--debug] OLD.json NEW.json")
                .contains("1   a regression").contains("2   bad input: a missing, unreadable or malformed report")
                .contains("grew more than 10 times");
        assertThat(cli.exitCode()).isZero();
    }

    private Cli diff(RunReport old, RunReport now) throws IOException {
        return Cli.run("diff", write("old", old).toString(), write("new", now).toString());
    }

    private Path write(String name, RunReport report) throws IOException {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, ReportWriter.toJson(report));
        return file;
    }
}
