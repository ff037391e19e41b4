package org.adcheck.verification.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Run reports for tests: {@link #realistic()} looks like a real {@code adcheck run} over four
 * backends (every verdict, every pair, findings, an expression that needs escaping), and the
 * {@code with...} methods derive seeded regressions from a report.
 */
public final class SampleReports {

    public static final List<String> BACKENDS = List.of("forward-ad", "pytorch", "finite-difference", "hipparchus");

    private SampleReports() {}

    /** Eight fixtures over four backends: AGREE, NON_FINITE, KINK, INCONCLUSIVE and DISAGREE all occur. */
    public static RunReport realistic() {
        List<FixtureReport> fixtures = List.of(
                fixture("seed", "log(x1) + x1*x2 - sin(x2)", List.of("x1", "x2"), List.of("elementary", "seed"),
                        1003, counts(3009, 0, 0, 0, 0), 1, "", List.of()),
                fixture("rosenbrock", "100*(y - x^2)^2 + (1 - x)^2", List.of("x", "y"), List.of("optimisation"),
                        1002, counts(3006, 0, 0, 0, 0), 2, "", List.of()),
                fixture("abs-kink", "abs(x - 1) * y", List.of("x", "y"), List.of("kink"),
                        1000, counts(2988, 0, 12, 0, 0), 3, "", List.of()),
                fixture("log-domain", "log(x) + sqrt(y)", List.of("x", "y"), List.of("elementary"),
                        1000, counts(2415, 585, 0, 0, 0), 4, "", List.of()),
                fixture("cancellation", "(exp(x) - 1 - x) / x^2", List.of("x"), List.of("delicate"),
                        1001, counts(1994, 0, 0, 8, 0), 5, "",
                        List.of(finding("INCONCLUSIVE", "cancellation", "(exp(x) - 1 - x) / x^2", "x", "x=3.1e-6",
                                "0.16666719", "0.1666667", "1.3e-3"))),
                fixture("mutated-sin", "sin(x) * cos(y) + x/y", List.of("x", "y"), List.of("mutation"),
                        1000, counts(2997, 0, 0, 0, 3), 6, "forward-ad",
                        List.of(finding("DISAGREE", "mutated-sin", "sin(x) * cos(y) + x/y", "x", "x=0.25, y=1.5",
                                "0.9051482536448664", "0.7337086882523364", "2.1e-10"))),
                fixture("java-softmax", "java:Softmax<double>(n=3) | \"x<y\" & 'z'", List.of("a", "b", "c"),
                        List.of("java"), 1000, counts(4000, 0, 0, 0, 0), 7, "", List.of()),
                fixture("beale", "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2",
                        List.of("x", "y"), List.of("optimisation"), 1000, counts(3000, 0, 0, 0, 0), 8, "", List.of()));
        RunMetadata metadata = new RunMetadata("0.1.0-SNAPSHOT", "2025-06-01T12:00:00Z", 83.25, 1, 1000, "bundled",
                List.of(), List.of(new RunMetadata.BackendInfo("forward-ad", "0.1.0-SNAPSHOT"),
                        new RunMetadata.BackendInfo("pytorch", "2.7.1"),
                        new RunMetadata.BackendInfo("finite-difference", "Ridders, 10 steps"),
                        new RunMetadata.BackendInfo("hipparchus", "4.0.3")),
                "2.7.1");
        return new RunReport(metadata, fixtures);
    }

    /** AGREE, NON_FINITE, KINK, INCONCLUSIVE, DISAGREE. */
    public static Map<String, Integer> counts(int agree, int nonFinite, int kink, int inconclusive, int disagree) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("AGREE", agree);
        counts.put("NON_FINITE", nonFinite);
        counts.put("KINK", kink);
        counts.put("INCONCLUSIVE", inconclusive);
        counts.put("DISAGREE", disagree);
        return counts;
    }

    /**
     * A fixture over {@link #BACKENDS} with plausible worst errors and histograms drawn from
     * {@code seed}: analytic pairs near 1e-16, pairs with finite differences near 1e-10.
     */
    public static FixtureReport fixture(String name, String expression, List<String> variables, List<String> tags,
            int points, Map<String, Integer> verdicts, long seed, String oddOneOut, List<String> findings) {
        SplittableRandom random = new SplittableRandom(seed);
        int comparable = verdicts.get("AGREE") + verdicts.get("INCONCLUSIVE") + verdicts.get("DISAGREE");
        List<FixtureReport.WorstError> worst = new ArrayList<>();
        List<ErrorHistogram> histograms = new ArrayList<>();
        for (int a = 0; a < BACKENDS.size(); a++) {
            for (int b = a + 1; b < BACKENDS.size(); b++) {
                String pair = BACKENDS.get(a) + "~" + BACKENDS.get(b);
                boolean numeric = pair.contains("finite-difference");
                boolean broken = !oddOneOut.isEmpty() && pair.contains(oddOneOut);
                int[] counts = new int[ErrorHistogram.BINS];
                int centre = numeric ? 7 + random.nextInt(2) : 1 + random.nextInt(2);
                for (int i = 0; i < comparable; i++) {
                    int bin = Math.max(numeric ? 3 : 0, Math.min(17, centre + (int) Math.round(bell(random) * (numeric ? 1.0 : 0.7))));
                    counts[bin]++;
                }
                if (broken) {
                    counts[centre]--;
                    counts[16] += 1;
                    counts[centre]--;
                    counts[17] += 1;
                    counts[centre]--;
                    counts[15] += 1;
                }
                if (verdicts.get("INCONCLUSIVE") > 0 && numeric) {
                    counts[centre] -= 2;
                    counts[14] += 2;
                }
                int highest = 0;
                for (int k = 0; k < counts.length; k++) {
                    if (counts[k] > 0) {
                        highest = k;
                    }
                }
                double error = highest == 0 ? 0 : StrictMath.pow(10, highest - 18) * (1 + 8 * random.nextDouble());
                Map<String, Double> point = new LinkedHashMap<>();
                for (String v : variables) {
                    point.put(v, Math.round(random.nextDouble() * 8000 - 4000) / 1000.0);
                }
                String quantity = variables.get(random.nextInt(variables.size()));
                worst.add(new FixtureReport.WorstError(pair, error, quantity, point));
                List<Integer> list = new ArrayList<>();
                for (int c : counts) {
                    list.add(c);
                }
                histograms.add(new ErrorHistogram(pair, list));
            }
        }
        return new FixtureReport(name, expression, variables, tags, points, verdicts, worst, histograms, oddOneOut,
                findings);
    }

    /**
     * About a standard normal draw, from uniform draws only: {@code nextGaussian}'s algorithm may
     * change between JDKs, and the committed {@code sample-report.json} must not.
     */
    private static double bell(SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            sum += random.nextDouble();
        }
        return (sum - 2) * Math.sqrt(3);
    }

    /** A finding in the style of {@code Facts}. */
    static String finding(String verdict, String fixture, String expression, String variable, String point,
            String analytic, String numeric, String estimate) {
        return verdict + " in '" + fixture + "', ∂f/∂" + variable + " at (" + point + ")\n"
                + "  expression          : " + expression + "\n"
                + "  forward-ad          : " + analytic + "\n"
                + "  pytorch             : " + numeric + "\n"
                + "  finite-difference   : " + numeric + "   (error estimate " + estimate + ")\n"
                + "  hipparchus          : " + numeric + "\n"
                + "  odd one out         : forward-ad\n"
                + "  reproduce           : adcheck check '" + expression + "' --at " + point.replace(" ", "") + "\n";
    }

    /** {@code report} with fixture {@code name} replaced by {@code change.apply(it)}. */
    public static RunReport withFixture(RunReport report, String name, UnaryOperator<FixtureReport> change) {
        List<FixtureReport> fixtures = new ArrayList<>();
        for (FixtureReport f : report.fixtures()) {
            fixtures.add(f.name().equals(name) ? change.apply(f) : f);
        }
        return new RunReport(report.metadata(), fixtures);
    }

    /** {@code report} without fixture {@code name}. */
    public static RunReport without(RunReport report, String name) {
        return new RunReport(report.metadata(),
                report.fixtures().stream().filter(f -> !f.name().equals(name)).toList());
    }

    /** {@code report} with {@code extra} appended. */
    public static RunReport with(RunReport report, FixtureReport extra) {
        List<FixtureReport> fixtures = new ArrayList<>(report.fixtures());
        fixtures.add(extra);
        return new RunReport(report.metadata(), fixtures);
    }

    /** {@code fixture} with {@code disagree} DISAGREE checks (taken from AGREE). */
    public static FixtureReport withDisagree(FixtureReport fixture, int disagree) {
        Map<String, Integer> counts = new LinkedHashMap<>(fixture.verdicts());
        counts.put("AGREE", counts.get("AGREE") + counts.get("DISAGREE") - disagree);
        counts.put("DISAGREE", disagree);
        return new FixtureReport(fixture.name(), fixture.expression(), fixture.variables(), fixture.tags(),
                fixture.points(), counts, fixture.worstErrors(), fixture.histograms(), fixture.oddOneOut(),
                fixture.findings());
    }

    /** {@code fixture} with the worst error of {@code pair} set to {@code error}. */
    public static FixtureReport withWorstError(FixtureReport fixture, String pair, double error) {
        List<FixtureReport.WorstError> worst = new ArrayList<>();
        for (FixtureReport.WorstError w : fixture.worstErrors()) {
            worst.add(w.pair().equals(pair) ? new FixtureReport.WorstError(pair, error, w.quantity(), w.point()) : w);
        }
        return new FixtureReport(fixture.name(), fixture.expression(), fixture.variables(), fixture.tags(),
                fixture.points(), fixture.verdicts(), worst, fixture.histograms(), fixture.oddOneOut(),
                fixture.findings());
    }

    /** {@code fixture} compared only on pairs whose backends are all in {@code backends}. */
    public static FixtureReport onlyBackends(FixtureReport fixture, List<String> backends) {
        List<FixtureReport.WorstError> worst = fixture.worstErrors().stream()
                .filter(w -> backends.containsAll(List.of(w.pair().split("~")))).toList();
        List<ErrorHistogram> histograms = fixture.histograms().stream()
                .filter(h -> backends.containsAll(List.of(h.pair().split("~")))).toList();
        return new FixtureReport(fixture.name(), fixture.expression(), fixture.variables(), fixture.tags(),
                fixture.points(), fixture.verdicts(), worst, histograms, fixture.oddOneOut(), fixture.findings());
    }

    /** {@code report} run with fewer backends. */
    public static RunReport onlyBackends(RunReport report, List<String> backends) {
        RunMetadata m = report.metadata();
        RunMetadata metadata = new RunMetadata(m.adcheckVersion(), m.date(), m.durationSeconds(), m.seed(),
                m.pointsPerFixture(), m.catalog(), m.tags(),
                m.backends().stream().filter(b -> backends.contains(b.name())).toList(), "");
        return new RunReport(metadata, report.fixtures().stream().map(f -> onlyBackends(f, backends)).toList());
    }
}
