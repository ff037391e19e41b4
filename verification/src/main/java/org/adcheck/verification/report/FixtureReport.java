package org.adcheck.verification.report;

import java.util.List;
import java.util.Map;

/**
 * One fixture's outcome in a run.
 *
 * @param name the fixture's name
 * @param expression its expression (or Java description)
 * @param variables its variables
 * @param tags its tags
 * @param points how many points were checked (goldens + random)
 * @param verdicts count per verdict name, every verdict present (0 when none)
 * @param worstErrors per backend pair, the largest relative error and where
 * @param histograms per backend pair, counts of log10 relative error (see {@link ErrorHistogram})
 * @param oddOneOut the backend named odd one out most often, or ""
 * @param findings facts of the first DISAGREE and INCONCLUSIVE checks (at most a few), for humans
 */
public record FixtureReport(
        String name,
        String expression,
        List<String> variables,
        List<String> tags,
        int points,
        Map<String, Integer> verdicts,
        List<WorstError> worstErrors,
        List<ErrorHistogram> histograms,
        String oddOneOut,
        List<String> findings) {

    public FixtureReport {
        variables = List.copyOf(variables);
        tags = List.copyOf(tags);
        verdicts = Map.copyOf(verdicts);
        worstErrors = List.copyOf(worstErrors);
        histograms = List.copyOf(histograms);
        findings = List.copyOf(findings);
    }

    public int count(String verdict) {
        return verdicts.getOrDefault(verdict, 0);
    }

    /**
     * The worst relative error between two backends and where it occurred.
     *
     * @param pair {@code forward-ad~pytorch}
     * @param relativeError the largest relative error (0 when exact)
     * @param quantity {@code f} or a variable name, "" when no point was comparable
     * @param point the point, variable → value; empty when none
     */
    public record WorstError(String pair, double relativeError, String quantity, Map<String, Double> point) {
        public WorstError {
            point = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(point));
        }
    }
}
