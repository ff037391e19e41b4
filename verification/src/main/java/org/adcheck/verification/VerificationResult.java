package org.adcheck.verification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.FiniteDifferenceBackend;

/**
 * Everything one verification produced: every backend's numbers and every check at every point.
 *
 * @param label what was verified: a fixture name or an expression
 * @param expression the expression text (for messages and reproduction)
 * @param variables the variable names, in argument order
 * @param results each backend's batch result, in backend order
 * @param points one verdict per point
 */
public record VerificationResult(
        String label, String expression, List<String> variables, Map<String, BatchResult> results,
        List<PointVerdict> points) {

    public VerificationResult {
        variables = List.copyOf(variables);
        results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
        points = List.copyOf(points);
    }

    /** The backend names, in order. */
    public List<String> backends() {
        return List.copyOf(results.keySet());
    }

    /** The worst verdict over every check. */
    public Verdict worst() {
        Verdict worst = Verdict.AGREE;
        for (PointVerdict p : points) {
            worst = worst.worse(p.worst());
        }
        return worst;
    }

    /** How many checks (value and partials, over all points) got each verdict. */
    public Map<Verdict, Integer> counts() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        for (PointVerdict p : points) {
            for (Check c : p.checks()) {
                counts.merge(c.verdict(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Every check with the given verdict, with its point. */
    public List<Failure> all(Verdict verdict) {
        List<Failure> out = new ArrayList<>();
        for (PointVerdict p : points) {
            for (Check c : p.with(verdict)) {
                out.add(new Failure(this, p, c));
            }
        }
        return out;
    }

    /**
     * Per backend pair, in one pass: the worst relative error and the decade histogram
     * ({@code histogram[k]} counts errors in bin {@code k} of {@code bin}).
     *
     * @param worst the worst relative error and where
     * @param histogram counts per bin, see {@link #bin}
     */
    public record PairStatistics(PairError worst, int[] histogram) {}

    /** Number of histogram bins: exact, then decades from below 1e-16 up to 1 and above. */
    public static final int BINS = 19;

    /**
     * The histogram bin of a relative error: 0 for exact agreement; {@code k = 1..18} for
     * {@code log10} in {@code [k − 18, k − 17)}, clamped at both ends.
     */
    public static int bin(double relativeError) {
        if (relativeError == 0) {
            return 0;
        }
        int decade = (int) Math.floor(Math.log10(relativeError));
        return Math.max(1, Math.min(BINS - 1, decade + 18));
    }

    /** Worst errors and histograms for every backend pair, in backend order. */
    public List<PairStatistics> pairStatistics() {
        List<String> names = backends();
        int n = names.size();
        int pairs = n * (n - 1) / 2;
        double[] worst = new double[pairs];
        int[] where = new int[pairs];
        String[] quantity = new String[pairs];
        double[][] coordinates = new double[pairs][];
        int[][] histograms = new int[pairs][BINS];
        java.util.Arrays.fill(where, -1);
        java.util.Arrays.fill(quantity, "");
        for (PointVerdict p : points) {
            List<Check> checks = p.checks();
            int m = checks.size();
            double[][] numbers = new double[n][m];
            for (int k = 0; k < m; k++) {
                Map<String, Double> row = checks.get(k).numbers();
                for (int a = 0; a < n; a++) {
                    Double v = row.get(names.get(a));
                    numbers[a][k] = v == null ? Double.NaN : v;
                }
            }
            double[][] scales = new double[n][];
            for (int a = 0; a < n; a++) {
                scales[a] = scales(p.coordinates(), numbers[a]);
            }
            int pair = 0;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++, pair++) {
                    boolean withFd = names.get(a).equals(FiniteDifferenceBackend.NAME)
                            || names.get(b).equals(FiniteDifferenceBackend.NAME);
                    for (int k = 0; k < m; k++) {
                        Verdict v = checks.get(k).verdict();
                        double x = numbers[a][k];
                        double y = numbers[b][k];
                        if (v == Verdict.KINK || withFd && v == Verdict.INCONCLUSIVE
                                || !Double.isFinite(x) || !Double.isFinite(y)) {
                            continue;   // a kink, or FD that could not judge: not a measurement
                        }
                        double denominator = Math.max(Math.max(Math.abs(x), Math.abs(y)), scales[a][k]);
                        double rel = denominator == 0 ? 0 : Math.abs(x - y) / denominator;
                        histograms[pair][bin(rel)]++;
                        if (rel > worst[pair] || where[pair] < 0 && rel >= worst[pair]) {
                            worst[pair] = rel;
                            where[pair] = p.index();
                            coordinates[pair] = p.coordinates();
                            quantity[pair] = checks.get(k).quantity();
                        }
                    }
                }
            }
        }
        List<PairStatistics> out = new ArrayList<>(pairs);
        int pair = 0;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++, pair++) {
                PairError e = new PairError(PairError.pairName(names.get(a), names.get(b)), worst[pair], where[pair],
                        coordinates[pair] == null ? new double[0] : coordinates[pair], quantity[pair]);
                out.add(new PairStatistics(e, histograms[pair]));
            }
        }
        return out;
    }

    /**
     * The scale of each quantity at a point as the tolerance policy measures it, from one
     * backend's numbers ({@code numbers[0]} the value, then the partials): the value's first-order
     * terms for the value, the gradient and value scale for each partial.
     */
    static double[] scales(double[] point, double[] numbers) {
        double[] gradient = java.util.Arrays.copyOfRange(numbers, 1, numbers.length);
        double largest = 0;
        for (double g : gradient) {
            if (Double.isFinite(g)) {
                largest = Math.max(largest, Math.abs(g));
            }
        }
        double[] scales = new double[numbers.length];
        java.util.Arrays.fill(scales, TolerancePolicy.partialScale(largest, numbers[0]));
        scales[0] = TolerancePolicy.valueScale(point, gradient);
        return scales;
    }

    /** One check together with where it happened, ready to be described. */
    public record Failure(VerificationResult result, PointVerdict point, Check check) {

        /** The aligned facts of this check, expected value first. See {@link Facts}. */
        public String describe() {
            return Facts.describe(result, point, check);
        }
    }
}
