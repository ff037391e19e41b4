package org.adcheck.verification.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adcheck.verification.report.FixtureReport;
import org.adcheck.verification.report.RunReport;

/** The summary table {@code adcheck run} prints: one row per fixture, aligned. */
final class SummaryTable {

    private static final Map<String, String> SHORT = Map.of(
            "forward-ad", "ad", "pytorch", "pt", "finite-difference", "fd", "hipparchus", "hp");
    private static final List<String> VERDICTS = List.of("AGREE", "NON_FINITE", "KINK", "INCONCLUSIVE", "DISAGREE");

    private SummaryTable() {}

    static String verdictCounts(FixtureReport r) {
        StringBuilder b = new StringBuilder();
        for (String v : VERDICTS) {
            if (r.count(v) > 0 || v.equals("AGREE") || v.equals("DISAGREE")) {
                b.append(v).append(' ').append(r.count(v)).append("  ");
            }
        }
        return b.toString().stripTrailing();
    }

    static String render(RunReport report) {
        List<String> pairs = new ArrayList<>();
        if (!report.fixtures().isEmpty()) {
            for (FixtureReport.WorstError e : report.fixtures().get(0).worstErrors()) {
                pairs.add(e.pair());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-28s %6s %7s %6s %5s %6s %6s", "fixture", "points", "AGREE", "NONFIN", "KINK",
                "INCONC", "DISAGR"));
        for (String pair : pairs) {
            b.append(String.format(" %9s", shortPair(pair)));
        }
        b.append("  odd one out\n");
        for (FixtureReport r : report.fixtures()) {
            b.append(String.format("%-28s %6d %7d %6d %5d %6d %6d", truncate(r.name(), 28), r.points(), r.count("AGREE"),
                    r.count("NON_FINITE"), r.count("KINK"), r.count("INCONCLUSIVE"), r.count("DISAGREE")));
            for (String pair : pairs) {
                double e = r.worstErrors().stream().filter(w -> w.pair().equals(pair))
                        .mapToDouble(FixtureReport.WorstError::relativeError).findFirst().orElse(Double.NaN);
                b.append(String.format(" %9s", e == 0 ? "0" : Double.isNaN(e) ? "-" : String.format("%.1e", e)));
            }
            b.append("  ").append(r.oddOneOut().isEmpty() ? "-" : r.oddOneOut()).append('\n');
        }
        b.append("(columns ad~pt etc.: worst relative error between two backends; ad forward-ad, pt pytorch, "
                + "fd finite-difference, hp hipparchus)\n");
        return b.toString();
    }

    private static String shortPair(String pair) {
        String[] parts = pair.split("~");
        return SHORT.getOrDefault(parts[0], parts[0]) + "~" + SHORT.getOrDefault(parts[1], parts[1]);
    }

    private static String truncate(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
