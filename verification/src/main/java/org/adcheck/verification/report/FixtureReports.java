package org.adcheck.verification.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adcheck.verification.Check;
import org.adcheck.verification.PairError;
import org.adcheck.verification.PointVerdict;
import org.adcheck.verification.Verdict;
import org.adcheck.verification.VerificationResult;

/** Condenses a {@link VerificationResult} into the {@link FixtureReport} a run records. */
public final class FixtureReports {

    /** How many DISAGREE (and, separately, INCONCLUSIVE) facts a fixture report keeps. */
    static final int MAX_FINDINGS = 3;

    private FixtureReports() {}

    public static FixtureReport of(String name, List<String> tags, VerificationResult result) {
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        result.counts().forEach((v, n) -> verdicts.put(v.name(), n));
        List<FixtureReport.WorstError> worst = new ArrayList<>();
        for (PairError e : result.pairErrors()) {
            Map<String, Double> point = new LinkedHashMap<>();
            double[] x = e.coordinates();
            for (int j = 0; j < x.length; j++) {
                point.put(result.variables().get(j), x[j]);
            }
            worst.add(new FixtureReport.WorstError(e.pair(), e.relativeError(), e.quantity(), point));
        }
        List<String> findings = new ArrayList<>();
        for (Verdict v : List.of(Verdict.DISAGREE, Verdict.INCONCLUSIVE)) {
            List<VerificationResult.Failure> all = result.all(v);
            for (int i = 0; i < Math.min(MAX_FINDINGS, all.size()); i++) {
                findings.add(all.get(i).describe());
            }
        }
        return new FixtureReport(name, result.expression(), result.variables(), tags, result.points().size(),
                verdicts, worst, histograms(result), oddOneOut(result), findings);
    }

    private static String oddOneOut(VerificationResult result) {
        Map<String, Integer> votes = new HashMap<>();
        // Every verdict counts: an advisory oracle that is the odd one out is named even when the
        // verdict is not DISAGREE.
        for (PointVerdict p : result.points()) {
            for (Check c : p.checks()) {
                if (!c.oddOneOut().isEmpty()) {
                    votes.merge(c.oddOneOut(), 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
    }

    /** Relative-error histograms per backend pair, over every finite, non-kink quantity. */
    static List<ErrorHistogram> histograms(VerificationResult result) {
        List<String> names = result.backends();
        List<ErrorHistogram> out = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                int[] counts = new int[ErrorHistogram.BINS];
                for (PointVerdict p : result.points()) {
                    double[] scales = VerificationResult.scales(p, names.get(a));
                    for (int k = 0; k < p.checks().size(); k++) {
                        Check c = p.checks().get(k);
                        double rel = VerificationResult.relativeError(c, names.get(a), names.get(b), scales[k]);
                        if (!Double.isNaN(rel)) {
                            counts[ErrorHistogram.bin(rel)]++;
                        }
                    }
                }
                List<Integer> list = new ArrayList<>();
                for (int c : counts) {
                    list.add(c);
                }
                out.add(new ErrorHistogram(names.get(a) + "~" + names.get(b), list));
            }
        }
        return out;
    }
}
