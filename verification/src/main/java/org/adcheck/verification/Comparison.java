package org.adcheck.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adcheck.verification.backend.FiniteDifferenceBackend;
import org.adcheck.verification.backend.ForwardAdBackend;
import org.adcheck.verification.backend.PointResult;

/**
 * Turns the backends' results at one point into one {@link Check} per quantity, following the
 * {@link TolerancePolicy}. The order of the rules is the order of the javadoc on {@link Verdict}:
 * non-finite values first, then agreement between analytic backends, then kinks, then the finite
 * difference.
 */
final class Comparison {

    /** The backends whose kink conventions must match each other (they both follow PyTorch). */
    private static final List<String> PRIMARY = List.of(ForwardAdBackend.NAME, "pytorch");

    /**
     * Independent oracles whose own conventions and accuracy limits are documented rather than
     * gated: Hipparchus ({@code abs'(±0) = ±1}, NaN for {@code x^y} at a negative base, textbook
     * formulas near domain edges). They vote when naming the odd one out, and when one of them is
     * the odd one out the check says so ({@link Check#oddOneOut()}), but on their own they never
     * turn a verdict into DISAGREE.
     */
    static final List<String> ADVISORY = List.of("hipparchus");

    private final TolerancePolicy policy;
    private final String analyticRule;
    private final String finiteDifferenceRule;
    private final String kinkRule;

    Comparison(TolerancePolicy policy) {
        this.policy = policy;
        this.analyticRule = "analytic: " + policy.analytic();
        this.finiteDifferenceRule = policy.fdFactor() + " × error estimate + " + policy.fdFloor();
        this.kinkRule = "kink: between the one-sided differences ± " + policy.kinkRelative() + " relative";
    }

    /**
     * @param intermediate the largest magnitude of any intermediate result of the function at the
     *     point (0 when unknown): the value's rounding error is relative to it. Asked for only when
     *     the value would otherwise disagree, because it costs one more evaluation.
     */
    List<Check> compare(List<String> variables, double[] point, java.util.function.DoubleSupplier intermediate,
            Map<String, PointResult> results) {
        String reference = referenceBackend(results);
        double[] referenceGradient = results.get(reference).gradient();
        double largest = 0;
        for (double g : referenceGradient) {
            if (Double.isFinite(g)) {
                largest = Math.max(largest, Math.abs(g));
            }
        }
        double scale = TolerancePolicy.partialScale(largest, results.get(reference).value());
        List<Check> checks = new ArrayList<>(variables.size() + 1);
        double valueScale = TolerancePolicy.valueScale(point, referenceGradient);
        Check value = compareQuantity("f", -1, results, reference, valueScale);
        if (value.verdict() == Verdict.DISAGREE) {
            double intermediateScale = TolerancePolicy.GRADIENT_SCALE * intermediate.getAsDouble();
            if (intermediateScale > valueScale) {
                value = compareQuantity("f", -1, results, reference, intermediateScale);
            }
        }
        checks.add(value);
        for (int j = 0; j < variables.size(); j++) {
            checks.add(compareQuantity(variables.get(j), j, results, reference, scale));
        }
        return checks;
    }

    private static String referenceBackend(Map<String, PointResult> results) {
        if (results.containsKey(ForwardAdBackend.NAME)) {
            return ForwardAdBackend.NAME;
        }
        for (Map.Entry<String, PointResult> e : results.entrySet()) {
            if (!e.getValue().hasEstimates()) {
                return e.getKey();
            }
        }
        return results.keySet().iterator().next();
    }

    private Check compareQuantity(
            String quantity, int j, Map<String, PointResult> results, String reference, double scale) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        List<String> analytic = new ArrayList<>();
        PointResult fd = null;
        for (Map.Entry<String, PointResult> e : results.entrySet()) {
            PointResult r = e.getValue();
            numbers.put(e.getKey(), j < 0 ? r.value() : r.gradient()[j]);
            if (r.hasEstimates()) {
                fd = r;
            } else {
                analytic.add(e.getKey());
            }
        }
        double err = fd == null || j < 0 ? Double.NaN : fd.errorEstimate()[j];
        double left = fd == null || j < 0 ? Double.NaN : fd.leftSlope()[j];
        double right = fd == null || j < 0 ? Double.NaN : fd.rightSlope()[j];
        CheckBuilder check = new CheckBuilder(quantity, numbers, err, left, right);
        double ref = numbers.get(reference);

        double oneSidedError = fd == null || j < 0 || fd.oneSidedError() == null ? 0 : fd.oneSidedError()[j];
        boolean kink = fd != null && j >= 0 && policy.isKink(left, right, oneSidedError, scale);

        // 1. Non-finite results: every backend computing the same thing must give the same NaN/inf.
        //    At a kink, a finite subgradient from forward-ad decides instead (rule 3).
        List<String> exact = new ArrayList<>(analytic);
        exact.removeAll(ADVISORY);
        if (j < 0 && fd != null) {
            exact.add(FiniteDifferenceBackend.NAME);
        }
        List<String> advisoryNotes = new ArrayList<>();
        boolean anyNonFinite = false;
        for (String b : exact) {
            anyNonFinite |= !Double.isFinite(numbers.get(b));
        }
        if (anyNonFinite && !(kink && Double.isFinite(ref))) {
            for (String b : exact) {
                if (!sameNonFinite(ref, numbers.get(b))) {
                    return check.verdict(Verdict.DISAGREE)
                            .note(b + " gives " + numbers.get(b) + " where " + reference + " gives " + ref)
                            .oddOneOut(oddOneOut(numbers, exact, scale))
                            .build();
                }
            }
            return check.verdict(Verdict.NON_FINITE).note("every backend gives " + ref).build();
        }

        // 2. Analytic backends against each other.
        List<String> mismatched = new ArrayList<>();
        for (String b : analytic) {
            double other = numbers.get(b);
            double allowed = policy.analyticAllowed(ref, other, scale);
            double diff = Math.abs(ref - other);
            if (!Double.isFinite(other)) {
                mismatched.add(b);
                continue;
            }
            check.consider(diff, allowed, analyticRule);
            if (diff > allowed) {
                mismatched.add(b);
            }
        }
        if (j < 0 && fd != null) {
            double allowed = policy.analyticAllowed(ref, fd.value(), scale);
            double diff = Math.abs(ref - fd.value());
            check.consider(diff, allowed, analyticRule);
            if (diff > allowed) {
                mismatched.add(FiniteDifferenceBackend.NAME);
            }
        }
        for (String b : ADVISORY) {
            if (mismatched.remove(b)) {
                advisoryNotes.add(b + " gives " + numbers.get(b));
                check.documented(b);
            }
        }
        if (!advisoryNotes.isEmpty()) {
            List<String> voters = new ArrayList<>(analytic);
            if (fd != null && j < 0) {
                voters.add(FiniteDifferenceBackend.NAME);
            } else if (fd != null) {
                voters = analyticPlusConclusiveFd(analytic, fd, ref, j, scale);
            }
            check.oddOneOut(oddOneOut(numbers, voters, scale))
                    .note("advisory: " + String.join(", ", advisoryNotes) + " (a documented convention or accuracy "
                            + "difference of an independent oracle, not gated)");
        }
        if (fd == null || j < 0) {
            if (mismatched.isEmpty()) {
                return check.verdict(Verdict.AGREE).build();
            }
            return check.verdict(Verdict.DISAGREE)
                    .note(String.join(", ", mismatched) + " differs from " + reference)
                    .oddOneOut(oddOneOut(numbers, exact, scale))
                    .build();
        }

        // 3. A kink: the AD derivative must be a subgradient, and forward-ad and pytorch must follow
        //    the same convention. Two documented exceptions are notes, not failures: another
        //    backend's own kink convention (Hipparchus: abs'(±0) = ±1), and a NaN where reverse mode
        //    multiplies ∞ by 0 (PyTorch's sqrt(x^2) at 0), forward-ad's zero tangent giving 0 instead.
        if (kink) {
            double lo = Math.min(left, right);
            double hi = Math.max(left, right);
            double slack = policy.kinkRelative() * Math.max(Math.max(Math.abs(lo), Math.abs(hi)), scale);
            check.resetDecision().consider(0, slack, kinkRule);
            List<String> conventionDiffers = new ArrayList<>();
            for (String b : analytic) {
                if (ADVISORY.contains(b)) {
                    continue;
                }
                double v = numbers.get(b);
                boolean primary = PRIMARY.contains(b);
                if (!Double.isFinite(v)) {
                    conventionDiffers.add(b + " gives " + v + " (∞·0 in reverse mode)");
                    check.documented(b);
                    continue;
                }
                boolean between = v >= lo - slack && v <= hi + slack;
                if (primary && !between) {
                    double outside = v < lo ? lo - v : v - hi;
                    return check.consider(outside, slack, "kink: between the one-sided differences")
                            .verdict(Verdict.DISAGREE)
                            .note(b + " gives " + v + ", outside the one-sided derivatives [" + lo + ", " + hi + "]")
                            .build();
                }
                if (mismatched.contains(b)) {
                    if (primary) {
                        return check.verdict(Verdict.DISAGREE)
                                .note("kink convention differs: " + b + " gives " + v + ", " + reference + " gives "
                                        + ref)
                                .build();
                    }
                    conventionDiffers.add(b + " gives " + v);
                    check.documented(b);
                }
            }
            conventionDiffers.addAll(advisoryNotes);
            String note = "kink: one-sided derivatives " + left + " (left) and " + right + " (right)";
            if (!conventionDiffers.isEmpty()) {
                note += "; documented convention difference: " + String.join(", ", conventionDiffers);
            }
            return check.verdict(Verdict.KINK).note(note).build();
        }
        if (!mismatched.isEmpty()) {
            return check.verdict(Verdict.DISAGREE)
                    .note(String.join(", ", mismatched) + " differs from " + reference)
                    .oddOneOut(oddOneOut(numbers, analyticPlusConclusiveFd(analytic, fd, ref, j, scale), scale))
                    .build();
        }

        // 4. The finite difference.
        double fdValue = fd.gradient()[j];
        if (policy.inconclusive(ref, fdValue, err, scale)) {
            return check.verdict(Verdict.INCONCLUSIVE)
                    .note((advisoryNotes.isEmpty() ? "" : "advisory: " + String.join(", ", advisoryNotes) + "; ")
                            + "finite difference " + fdValue + " has error estimate " + err + ", too large to judge")
                    .build();
        }
        double allowed = policy.finiteDifferenceAllowed(ref, fdValue, err, scale);
        double diff = Math.abs(ref - fdValue);
        check.consider(diff, allowed, finiteDifferenceRule);
        if (diff > allowed) {
            List<String> agreeing = new ArrayList<>();
            for (String b : analytic) {
                if (!mismatched.contains(b) && Double.isFinite(numbers.get(b))) {
                    agreeing.add(b);
                }
            }
            if (agreeing.size() >= 2) {
                // Independent analytic implementations agree to 1e-12 and only the finite
                // difference stands apart: its error estimate failed (e.g. values quantized by an
                // internal cancellation), so FD cannot judge this point. Counted, never silent.
                return check.verdict(Verdict.INCONCLUSIVE)
                        .oddOneOut(FiniteDifferenceBackend.NAME)
                        .note("the finite difference is the odd one out against " + String.join(", ", agreeing)
                                + ", which agree; its error estimate " + err + " is unreliable here")
                        .build();
            }
            return check.verdict(Verdict.DISAGREE)
                    .note(reference + " differs from the finite difference")
                    .oddOneOut(oddOneOut(numbers, analyticPlusConclusiveFd(analytic, fd, ref, j, scale), scale))
                    .build();
        }
        return check.verdict(Verdict.AGREE).build();
    }

    private List<String> analyticPlusConclusiveFd(
            List<String> analytic, PointResult fd, double ref, int j, double scale) {
        List<String> voters = new ArrayList<>(analytic);
        if (!policy.inconclusive(ref, fd.gradient()[j], fd.errorEstimate()[j], scale)) {
            voters.add(FiniteDifferenceBackend.NAME);
        }
        return voters;
    }

    /**
     * The one backend that disagrees with every other while those all agree among themselves, or
     * "" when there is no such backend (fewer than three voters, or a wider split).
     */
    private String oddOneOut(Map<String, Double> numbers, List<String> voters, double scale) {
        if (voters.size() < 3) {
            return "";
        }
        String odd = "";
        for (String candidate : voters) {
            boolean othersAgree = true;
            boolean candidateAlone = true;
            for (String a : voters) {
                if (a.equals(candidate)) {
                    continue;
                }
                candidateAlone &= !agree(numbers.get(candidate), numbers.get(a), scale);
                for (String b : voters) {
                    if (!b.equals(candidate) && !b.equals(a)) {
                        othersAgree &= agree(numbers.get(a), numbers.get(b), scale);
                    }
                }
            }
            if (othersAgree && candidateAlone) {
                if (!odd.isEmpty()) {
                    return "";
                }
                odd = candidate;
            }
        }
        return odd;
    }

    /** A loose agreement used only to name the odd one out: within FD's own floor. */
    private boolean agree(double a, double b, double scale) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return sameNonFinite(a, b);
        }
        return Math.abs(a - b) <= 1e3 * policy.fdFloor().allowed(a, b) + 1e3 * policy.fdFloor().relative() * scale;
    }

    private static boolean sameNonFinite(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return true;
    }

    /** Collects the facts of one check; the decisive comparison is the one closest to failing. */
    private static final class CheckBuilder {
        private final String quantity;
        private final Map<String, Double> numbers;
        private final double err;
        private final double left;
        private final double right;
        private Verdict verdict = Verdict.AGREE;
        private double difference = Double.NaN;
        private double tolerance = Double.NaN;
        private String rule = "";
        private String oddOneOut = "";
        private String note = "";
        private final java.util.Set<String> documented = new java.util.LinkedHashSet<>();

        CheckBuilder(String quantity, Map<String, Double> numbers, double err, double left, double right) {
            this.quantity = quantity;
            this.numbers = numbers;
            this.err = err;
            this.left = left;
            this.right = right;
        }

        CheckBuilder consider(double diff, double allowed, String howAllowed) {
            boolean first = Double.isNaN(difference);
            if (first || diff / allowed > difference / tolerance || (allowed == 0 && diff > 0)) {
                difference = diff;
                tolerance = allowed;
                rule = howAllowed;
            }
            return this;
        }

        CheckBuilder resetDecision() {
            difference = Double.NaN;
            tolerance = Double.NaN;
            rule = "";
            return this;
        }

        CheckBuilder verdict(Verdict v) {
            verdict = v;
            return this;
        }

        CheckBuilder note(String n) {
            note = n;
            return this;
        }

        CheckBuilder documented(String backend) {
            documented.add(backend);
            return this;
        }

        CheckBuilder oddOneOut(String o) {
            oddOneOut = o;
            return this;
        }

        Check build() {
            return new Check(quantity, verdict, numbers, err, left, right, difference, tolerance, rule, oddOneOut,
                    documented, note);
        }
    }
}
