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
     * The largest relative difference per backend pair, over every finite quantity at every point.
     * Checks at kinks are left out: there the backends legitimately differ.
     */
    public List<PairError> pairErrors() {
        List<String> names = backends();
        List<PairError> out = new ArrayList<>();
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                out.add(worstBetween(names.get(a), names.get(b)));
            }
        }
        return out;
    }

    private PairError worstBetween(String a, String b) {
        double worst = 0;
        int where = -1;
        double[] coordinates = new double[0];
        String quantity = "";
        for (PointVerdict p : points) {
            double[] scales = scales(p, a);
            for (int k = 0; k < p.checks().size(); k++) {
                Check c = p.checks().get(k);
                double rel = relativeError(c, a, b, scales[k]);
                if (Double.isNaN(rel)) {
                    continue;
                }
                if (rel > worst || where < 0 && rel >= worst) {
                    worst = rel;
                    where = p.index();
                    coordinates = p.coordinates();
                    quantity = c.quantity();
                }
            }
        }
        return new PairError(PairError.pairName(a, b), worst, where, coordinates, quantity);
    }

    /**
     * The scale of each check at a point, as the tolerance policy measures it from backend
     * {@code a}'s numbers: the value's first-order terms for the value, the gradient and value
     * scale for each partial.
     */
    public static double[] scales(PointVerdict p, String a) {
        List<Check> checks = p.checks();
        double[] gradient = new double[checks.size() - 1];
        for (int j = 0; j < gradient.length; j++) {
            Double g = checks.get(j + 1).numbers().get(a);
            gradient[j] = g == null ? Double.NaN : g;
        }
        double partial = TolerancePolicy.partialScale(checks, a);
        double[] scales = new double[checks.size()];
        java.util.Arrays.fill(scales, partial);
        scales[0] = TolerancePolicy.valueScale(p.coordinates(), gradient);
        return scales;
    }

    /**
     * The relative error between backends {@code a} and {@code b} on one check, measured against
     * its {@link #scales scale}; NaN where it does not apply (a kink, a non-finite number, or a
     * finite difference that could not judge the point).
     */
    public static double relativeError(Check c, String a, String b, double scale) {
        Double x = c.numbers().get(a);
        Double y = c.numbers().get(b);
        if (c.verdict() == Verdict.KINK || x == null || y == null || !Double.isFinite(x) || !Double.isFinite(y)) {
            return Double.NaN;
        }
        boolean withFiniteDifference = a.equals(FiniteDifferenceBackend.NAME) || b.equals(FiniteDifferenceBackend.NAME);
        if (withFiniteDifference && c.verdict() == Verdict.INCONCLUSIVE) {
            return Double.NaN;   // FD could not judge this point: its error is not a measurement
        }
        double denominator = Math.max(Math.max(Math.abs(x), Math.abs(y)), scale);
        return denominator == 0 ? 0 : Math.abs(x - y) / denominator;
    }

    /** One check together with where it happened, ready to be described. */
    public record Failure(VerificationResult result, PointVerdict point, Check check) {

        /** The aligned facts of this check, expected value first. See {@link Facts}. */
        public String describe() {
            return Facts.describe(result, point, check);
        }
    }
}
