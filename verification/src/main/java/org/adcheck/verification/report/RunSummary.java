package org.adcheck.verification.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.adcheck.verification.Verdict;

/** What the HTML and Markdown reports both show: the pairs, the totals and the status line. */
final class RunSummary {

    private final RunReport report;
    private final List<String> pairs;

    RunSummary(RunReport report) {
        this.report = report;
        Set<String> seen = new LinkedHashSet<>();
        for (FixtureReport f : report.fixtures()) {
            f.worstErrors().forEach(w -> seen.add(w.pair()));
            f.histograms().forEach(h -> seen.add(h.pair()));
        }
        this.pairs = List.copyOf(seen);
    }

    RunReport report() {
        return report;
    }

    /** Every backend pair of the run, in order of first appearance. */
    List<String> pairs() {
        return pairs;
    }

    /** The colour of a pair in every chart and legend. */
    String color(String pair) {
        return ErrorChart.color(pairs.indexOf(pair));
    }

    long totalPoints() {
        return report.fixtures().stream().mapToLong(FixtureReport::points).sum();
    }

    long totalChecks() {
        long n = 0;
        for (Verdict v : Verdict.values()) {
            n += report.total(v.name());
        }
        return n;
    }

    /** Whether a fixture needs a human: a DISAGREE or an INCONCLUSIVE. */
    static boolean isProblem(FixtureReport f) {
        return f.count(Verdict.DISAGREE.name()) > 0 || f.count(Verdict.INCONCLUSIVE.name()) > 0;
    }

    List<FixtureReport> problems() {
        return report.fixtures().stream().filter(RunSummary::isProblem).toList();
    }

    /** Whether the run fails: some DISAGREE. */
    boolean fails() {
        return report.total(Verdict.DISAGREE.name()) > 0;
    }

    /**
     * One line: {@code FAIL: 3 DISAGREE in 2 of 12 fixtures}, {@code PASS: no DISAGREE in 12 fixtures
     * (12,036 points); 4 INCONCLUSIVE in 1 fixture need a look}, or {@code PASS: no DISAGREE in 12 fixtures (12,036 points)}.
     */
    String status() {
        int fixtures = report.fixtures().size();
        String disagree = Verdict.DISAGREE.name();
        String inconclusive = Verdict.INCONCLUSIVE.name();
        long failing = report.fixtures().stream().filter(f -> f.count(disagree) > 0).count();
        long unsure = report.fixtures().stream().filter(f -> f.count(inconclusive) > 0).count();
        String text;
        if (fails()) {
            text = "FAIL: " + ErrorNotation.count(report.total(disagree)) + " DISAGREE in " + failing + " of "
                    + fixtures(fixtures);
        } else {
            text = "PASS: no DISAGREE in " + fixtures(fixtures) + " (" + ErrorNotation.count(totalPoints())
                    + " points)";
        }
        if (unsure > 0) {
            text += "; " + ErrorNotation.count(report.total(inconclusive)) + " INCONCLUSIVE in " + fixtures((int) unsure)
                    + (fails() ? "" : " need a look");
        }
        return text;
    }

    private static String fixtures(int n) {
        return n + (n == 1 ? " fixture" : " fixtures");
    }

    /** The worst error of {@code pair} in {@code fixture}, if that pair was compared. */
    static Optional<FixtureReport.WorstError> worst(FixtureReport fixture, String pair) {
        return fixture.worstErrors().stream().filter(w -> w.pair().equals(pair)).findFirst();
    }

    /** {@code x=1.0, y=2.0}. */
    static String point(FixtureReport.WorstError w) {
        List<String> parts = new ArrayList<>();
        w.point().forEach((name, value) -> parts.add(name + "=" + value));
        return String.join(", ", parts);
    }

    /** {@code f} or {@code ∂f/∂x}, from a worst error's quantity. */
    static String quantity(FixtureReport.WorstError w) {
        String q = w.quantity();
        if (q.isEmpty() || q.equals("f") || q.startsWith("∂")) {
            return q;
        }
        return "∂f/∂" + q;
    }

    /** Histogram counts of {@code pair} summed over {@code fixtures}. */
    static int[] histogram(List<FixtureReport> fixtures, String pair) {
        int[] counts = new int[ErrorHistogram.BINS];
        for (FixtureReport f : fixtures) {
            for (ErrorHistogram h : f.histograms()) {
                if (h.pair().equals(pair)) {
                    for (int k = 0; k < ErrorHistogram.BINS; k++) {
                        counts[k] += h.counts().get(k);
                    }
                }
            }
        }
        return counts;
    }

    /** One chart series per pair of the run, over {@code fixtures}. */
    List<ErrorChart.Series> series(List<FixtureReport> fixtures) {
        List<ErrorChart.Series> series = new ArrayList<>();
        for (String pair : pairs) {
            boolean present = fixtures.stream().anyMatch(f -> f.histograms().stream().anyMatch(h -> h.pair().equals(pair)));
            if (present) {
                series.add(new ErrorChart.Series(pair, color(pair), histogram(fixtures, pair)));
            }
        }
        return series;
    }
}
