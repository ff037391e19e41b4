package org.adcheck.verification.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTests {

    @TempDir
    Path dir;

    @Test
    void writeCreatesExactlyTheThreeFiles() throws IOException {
        ReportWriter.write(SampleReports.realistic(), dir.resolve("out"));

        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.json", "index.html", "report.md");
        }
    }

    @Test
    void writeJsonWritesOnlyTheJsonAndReplacesAnOldFile() throws IOException {
        Path baseline = dir.resolve("sub/baseline.json");
        Files.createDirectories(baseline.getParent());
        Files.writeString(baseline, "old");

        ReportWriter.writeJson(SampleReports.realistic(), baseline);

        assertThat(Files.readString(baseline)).isEqualTo(ReportWriter.toJson(SampleReports.realistic()));
        try (Stream<Path> files = Files.list(baseline.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("baseline.json");
        }
    }

    @Test
    void jsonRoundTripGivesAnEqualReport() {
        RunReport report = SampleReports.realistic();
        ReportWriter.write(report, dir);

        assertThat(ReportWriter.readJson(dir.resolve("report.json"))).isEqualTo(report);
    }

    @Test
    void theSameReportGivesIdenticalBytes() throws IOException {
        ReportWriter.write(SampleReports.realistic(), dir.resolve("a"));
        ReportWriter.write(SampleReports.realistic(), dir.resolve("b"));

        for (String file : List.of("report.json", "index.html", "report.md")) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
    }

    /** Pins the format: a change to the JSON shows up here, and it is the same in every JVM. */
    @Test
    void jsonMatchesTheCommittedSample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/report/sample-report.json")) {
            assertThat(in).as("test resource report/sample-report.json").isNotNull();
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(ReportWriter.toJson(SampleReports.realistic())).isEqualTo(expected);
        }
    }

    @Test
    void verdictCountsFollowTheVerdictOrderWhateverTheMapOrder() {
        FixtureReport seed = SampleReports.realistic().fixture("seed").orElseThrow();
        FixtureReport shuffled = new FixtureReport(seed.name(), seed.expression(), seed.variables(), seed.tags(),
                seed.points(), Map.of("DISAGREE", 0, "KINK", 0, "AGREE", 3009, "NON_FINITE", 0, "INCONCLUSIVE", 0),
                seed.worstErrors(), seed.histograms(), seed.oddOneOut(), seed.findings());
        RunReport report = new RunReport(SampleReports.realistic().metadata(), List.of(shuffled));

        assertThat(ReportWriter.toJson(report)).contains("""
                    "verdicts": {
                      "AGREE": 3009,
                      "NON_FINITE": 0,
                      "KINK": 0,
                      "INCONCLUSIVE": 0,
                      "DISAGREE": 0
                    },
                """);
    }

    @Test
    void doublesReadBackExactly() {
        double[] awkward = {0.1 + 0.2, Math.nextUp(1.0), Double.MIN_VALUE, Double.MAX_VALUE, -0.0, 1e-300, 2.0 / 3};
        FixtureReport seed = SampleReports.realistic().fixture("seed").orElseThrow();
        List<FixtureReport.WorstError> worst = new java.util.ArrayList<>();
        for (double x : awkward) {
            worst.add(new FixtureReport.WorstError("a~b", x, "x1", Map.of("x1", x)));
        }
        RunReport report = report(new FixtureReport(seed.name(), seed.expression(), seed.variables(), seed.tags(),
                seed.points(), seed.verdicts(), worst, seed.histograms(), "", List.of()));

        RunReport back = ReportWriter.parse(Path.of("t.json"), ReportWriter.toJson(report).getBytes(StandardCharsets.UTF_8));

        for (int i = 0; i < awkward.length; i++) {
            assertThat(Double.doubleToRawLongBits(back.fixtures().get(0).worstErrors().get(i).relativeError()))
                    .as("%s", awkward[i]).isEqualTo(Double.doubleToRawLongBits(awkward[i]));
        }
    }

    @Test
    void nanAndInfinitiesAreWrittenAsStringsAndReadBack() {
        FixtureReport seed = SampleReports.realistic().fixture("seed").orElseThrow();
        List<FixtureReport.WorstError> worst = List.of(
                new FixtureReport.WorstError("a~b", Double.NaN, "x1", Map.of("x1", Double.POSITIVE_INFINITY)),
                new FixtureReport.WorstError("a~c", Double.POSITIVE_INFINITY, "x1", Map.of("x1", Double.NEGATIVE_INFINITY)));
        RunReport report = report(new FixtureReport(seed.name(), seed.expression(), seed.variables(), seed.tags(),
                seed.points(), seed.verdicts(), worst, seed.histograms(), "", List.of()));

        String json = ReportWriter.toJson(report);

        assertThat(json).contains("\"relativeError\": \"NaN\"", "\"x1\": \"Infinity\"", "\"x1\": \"-Infinity\"");
        assertThat(ReportWriter.parse(Path.of("t.json"), json.getBytes(StandardCharsets.UTF_8))).isEqualTo(report);
    }

    @Test
    void readJsonAlsoAcceptsBareNaNAndInfinity() {
        String json = ReportWriter.toJson(SampleReports.realistic())
                .replaceFirst("\"relativeError\": [^,]+,", "\"relativeError\": NaN,")
                .replaceFirst("\"durationSeconds\": [^,]+,", "\"durationSeconds\": Infinity,");

        RunReport back = ReportWriter.parse(Path.of("t.json"), json.getBytes(StandardCharsets.UTF_8));

        assertThat(back.fixtures().get(0).worstErrors().get(0).relativeError()).isNaN();
        assertThat(back.metadata().durationSeconds()).isInfinite();
    }

    @Test
    void readJsonNamesAMissingFile() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> ReportWriter.readJson(missing))
                .isInstanceOf(ReportFileException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void readJsonRejectsADirectory() {
        assertThatThrownBy(() -> ReportWriter.readJson(dir))
                .isInstanceOf(ReportFileException.class)
                .hasMessage(dir + ": cannot read: is a directory, expected a report.json file");
    }

    @Test
    void readJsonRejectsAnEmptyFile() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "\n");

        assertThatThrownBy(() -> ReportWriter.readJson(empty))
                .isInstanceOf(ReportFileException.class)
                .hasMessage(empty + ": empty file, expected an adcheck report.json");
    }

    @Test
    void readJsonGivesLineAndColumnOfMalformedJson() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"metadata\": {,\n}\n");

        assertThatThrownBy(() -> ReportWriter.readJson(bad))
                .isInstanceOf(ReportFileException.class)
                .hasMessage(bad + ":2:16: Unexpected character (',' (code 44)): was expecting double-quote to start "
                        + "field name")
                .satisfies(e -> assertThat(((ReportFileException) e).file()).isEqualTo(bad));
    }

    @Test
    void readJsonGivesNestedLocationsWithoutJacksonsSourceNoise() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"fixtures\": [");

        assertThatThrownBy(() -> ReportWriter.readJson(bad))
                .isInstanceOf(ReportFileException.class)
                .hasMessage(bad + ":1:15: Unexpected end-of-input: expected close marker for Array (start marker at "
                        + "line 1, column 14)");
    }

    @Test
    void readJsonNamesThePathOfAWrongValue() throws IOException {
        String json = ReportWriter.toJson(SampleReports.realistic()).replaceFirst("\"points\": 1003", "\"points\": \"many\"");
        Path bad = Files.writeString(dir.resolve("bad.json"), json);

        assertThatThrownBy(() -> ReportWriter.readJson(bad))
                .isInstanceOf(ReportFileException.class)
                .hasMessage(bad + ":30:15: at fixtures[0].points: Cannot deserialize value of type `int` from String \"many\": not a valid `int` value");
    }

    @Test
    void readJsonRejectsJsonThatIsNotAReport() throws IOException {
        Path other = Files.writeString(dir.resolve("package.json"), "{\"name\": \"left-pad\"}\n");

        assertThatThrownBy(() -> ReportWriter.readJson(other))
                .isInstanceOf(ReportFileException.class)
                .hasMessage(other + ":1:20: not an adcheck report: missing field 'metadata'");
    }

    @Test
    void readJsonRejectsAReportWithoutFixtures() throws IOException {
        String json = ReportWriter.toJson(SampleReports.realistic());
        Path cut = Files.writeString(dir.resolve("cut.json"), json.substring(0, json.indexOf(",\n  \"fixtures\"")) + "\n}\n");

        assertThatThrownBy(() -> ReportWriter.readJson(cut))
                .isInstanceOf(ReportFileException.class)
                .hasMessage(cut + ":25:1: not an adcheck report: missing field 'fixtures'");
    }

    @Test
    void readJsonNamesTheFixtureOfAMissingField() throws IOException {
        String json = ReportWriter.toJson(SampleReports.realistic()).replaceFirst("\"points\": 1002,", "");
        Path cut = Files.writeString(dir.resolve("cut.json"), json);

        assertThatThrownBy(() -> ReportWriter.readJson(cut))
                .isInstanceOf(ReportFileException.class)
                .hasMessageMatching(java.util.regex.Pattern.quote(cut.toString()) + ":\\d+:\\d+: at fixtures\\[1\\]: missing field 'points'");
    }

    private static RunReport report(FixtureReport... fixtures) {
        return new RunReport(SampleReports.realistic().metadata(), List.of(fixtures));
    }
}
