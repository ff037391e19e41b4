package org.adcheck.verification.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.adcheck.verification.Verdict;

/**
 * What changed between a baseline {@link RunReport} and the current one: the regression gate.
 *
 * <p>A change is a <b>regression</b> when
 * <ul>
 *   <li>a fixture has more {@link Verdict#DISAGREE DISAGREE} checks than in the baseline;
 *   <li>the worst relative error of a backend pair grew above {@link #GROWTH_FACTOR} times the
 *       baseline's, where errors at or below {@link #ABSOLUTE_FLOOR} count as the floor itself
 *       (so an error must exceed {@code GROWTH_FACTOR × max(baseline, ABSOLUTE_FLOOR)});
 *   <li>a fixture of the baseline is not in the current run ({@link Kind#GONE});
 *   <li>a backend pair of the baseline is missing from a fixture although the current run used
 *       both of its backends.
 * </ul>
 * <p>An <b>improvement</b> is the mirror image (fewer DISAGREE, or a worst error that shrank by more
 * than the factor, from above the floor). A <b>new</b> fixture is reported, never failed. Runs with
 * different backends compare only the pairs they share; pairs of a backend the current run did not
 * use, a different seed or a different number of points produce {@linkplain #notes() notes}, not
 * changes.
 *
 * <pre>
 * BaselineComparison diff = BaselineComparison.compare(ReportWriter.readJson(baseline), current);
 * if (diff.hasRegressions()) { fail(diff.describe()); }
 * </pre>
 */
public final class BaselineComparison {

    /**
     * How much a pair's worst relative error may grow before it is a regression: one decade.
     * Errors move within a decade when a refactoring reorders floating-point operations or the
     * worst point shifts slightly; a wrong derivative rule moves them by many decades.
     */
    public static final double GROWTH_FACTOR = 10;

    /**
     * Relative errors at or below this never count as a regression (nor their shrinking as an
     * improvement): that is a few hundred ulps of float64 (ulp(1) = 2.2e-16), the noise that two
     * correct implementations accumulate over a few dozen operations evaluated in a different
     * order (PyTorch's kernels against ad-core, or {@code a*b + c} against {@code c + a*b}). An
     * error growing from 2e-16 to 4e-14 is therefore not a regression, from 2e-16 to 2e-12 is.
     */
    public static final double ABSOLUTE_FLOOR = 1e-13;

    /** The kind of a change. */
    public enum Kind {
        /** Something got worse: fails the gate. */
        REGRESSION,
        /** A fixture of the baseline is not in this run: fails the gate. */
        GONE,
        /** Something got better by more than the growth factor. */
        IMPROVEMENT,
        /** A fixture that the baseline does not have. */
        NEW;

        /** Whether this kind fails the gate. */
        public boolean isRegression() {
            return this == REGRESSION || this == GONE;
        }
    }

    /**
     * One change.
     *
     * @param kind what kind
     * @param fixture the fixture's name
     * @param message one line for people, e.g.
     *     {@code REGRESSION seed: DISAGREE 0 → 3}
     */
    public record Change(Kind kind, String fixture, String message) {
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(fixture, "fixture");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return message;
        }
    }

    private final List<Change> changes;
    private final List<String> notes;

    private BaselineComparison(List<Change> changes, List<String> notes) {
        this.changes = List.copyOf(changes);
        this.notes = List.copyOf(notes);
    }

    /** Compares {@code current} with {@code baseline}. */
    public static BaselineComparison compare(RunReport baseline, RunReport current) {
        List<Change> changes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        compareMetadata(baseline.metadata(), current.metadata(), notes);
        Set<String> currentBackends = backendNames(current);
        Set<String> uncomparedPairs = new LinkedHashSet<>();
        for (FixtureReport old : baseline.fixtures()) {
            FixtureReport now = current.fixture(old.name()).orElse(null);
            if (now == null) {
                changes.add(new Change(Kind.GONE, old.name(), "REGRESSION gone: fixture '" + old.name()
                        + "' is in the baseline but not in this run"));
                continue;
            }
            compareFixture(old, now, currentBackends, changes, uncomparedPairs);
        }
        for (FixtureReport now : current.fixtures()) {
            if (baseline.fixture(now.name()).isEmpty()) {
                changes.add(new Change(Kind.NEW, now.name(), "NEW fixture '" + now.name() + "' ("
                        + ErrorNotation.count(now.points()) + " points, " + now.count(Verdict.DISAGREE.name())
                        + " DISAGREE)"));
            }
        }
        for (String pair : uncomparedPairs) {
            notes.add("NOTE " + pair + " is not compared: this run did not use "
                    + missingBackends(pair, currentBackends));
        }
        changes.sort(Comparator.comparing(Change::kind));
        return new BaselineComparison(changes, notes);
    }

    private static void compareMetadata(RunMetadata old, RunMetadata now, List<String> notes) {
        if (old.seed() != now.seed()) {
            notes.add("NOTE the runs used different seeds (baseline " + old.seed() + ", this run " + now.seed()
                    + "): the random points differ");
        }
        for (RunMetadata.BackendInfo b : now.backends()) {
            if (old.backends().stream().noneMatch(o -> o.name().equals(b.name()))) {
                notes.add("NOTE backend '" + b.name() + "' is new in this run: its pairs have no baseline");
            }
        }
        if (old.pointsPerFixture() != now.pointsPerFixture()) {
            notes.add("NOTE the runs checked different numbers of random points per fixture (baseline "
                    + old.pointsPerFixture() + ", this run " + now.pointsPerFixture() + ")");
        }
    }

    private static void compareFixture(FixtureReport old, FixtureReport now, Set<String> currentBackends,
            List<Change> changes, Set<String> uncomparedPairs) {
        String name = old.name();
        int before = old.count(Verdict.DISAGREE.name());
        int after = now.count(Verdict.DISAGREE.name());
        if (after > before) {
            changes.add(new Change(Kind.REGRESSION, name, "REGRESSION " + name + ": DISAGREE " + before + " → " + after));
        } else if (after < before) {
            changes.add(new Change(Kind.IMPROVEMENT, name, "IMPROVEMENT " + name + ": DISAGREE " + before + " → " + after));
        }
        Map<String, Double> nowErrors = worstErrors(now);
        for (Map.Entry<String, Double> e : worstErrors(old).entrySet()) {
            String pair = e.getKey();
            Double current = nowErrors.get(pair);
            if (current == null) {
                if (missingBackends(pair, currentBackends).isEmpty()) {
                    changes.add(new Change(Kind.REGRESSION, name, "REGRESSION " + name + ": " + pair
                            + " was compared in the baseline but not in this run, although both backends ran"));
                } else {
                    uncomparedPairs.add(pair);
                }
                continue;
            }
            compareError(name, pair, e.getValue(), current, changes);
        }
    }

    private static void compareError(String name, String pair, double before, double after, List<Change> changes) {
        String what = name + ": " + pair + " worst error " + ErrorNotation.error(before) + " → "
                + ErrorNotation.error(after);
        if (worse(after, GROWTH_FACTOR * Math.max(before, ABSOLUTE_FLOOR))) {
            String growth = before == 0 ? "from exact" : "× " + ErrorNotation.factor(after / before);
            changes.add(new Change(Kind.REGRESSION, name, "REGRESSION " + what + " (" + growth + ", limit × "
                    + ErrorNotation.factor(GROWTH_FACTOR) + " above " + ErrorNotation.error(ABSOLUTE_FLOOR) + ")"));
        } else if (worse(before, GROWTH_FACTOR * Math.max(after, ABSOLUTE_FLOOR))) {
            String shrink = after == 0 ? "now exact" : "÷ " + ErrorNotation.factor(before / after);
            changes.add(new Change(Kind.IMPROVEMENT, name, "IMPROVEMENT " + what + " (" + shrink + ")"));
        }
    }

    /** {@code error > limit}, with NaN worse than any number. */
    private static boolean worse(double error, double limit) {
        return Double.isNaN(error) ? !Double.isNaN(limit) : error > limit;
    }

    private static Map<String, Double> worstErrors(FixtureReport fixture) {
        Map<String, Double> errors = new LinkedHashMap<>();
        for (FixtureReport.WorstError w : fixture.worstErrors()) {
            errors.merge(w.pair(), w.relativeError(), (a, b) -> worse(b, a) ? b : a);
        }
        return errors;
    }

    private static Set<String> backendNames(RunReport report) {
        Set<String> names = new LinkedHashSet<>();
        report.metadata().backends().forEach(b -> names.add(b.name()));
        return names;
    }

    /** The backends of {@code a~b} that are not in {@code backends}, as {@code 'a'} or {@code 'a' and 'b'}. */
    private static String missingBackends(String pair, Set<String> backends) {
        List<String> missing = new ArrayList<>();
        for (String b : pair.split("~", -1)) {
            if (!backends.contains(b)) {
                missing.add("'" + b + "'");
            }
        }
        return String.join(" and ", missing);
    }

    /** Every change: regressions, fixtures gone, improvements, new fixtures, in that order. */
    public List<Change> changes() {
        return changes;
    }

    /** The changes of one kind. */
    public List<Change> changes(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The changes that fail the gate. */
    public List<Change> regressions() {
        return changes.stream().filter(c -> c.kind().isRegression()).toList();
    }

    /** Facts that are not changes: different seeds or points, pairs that could not be compared. */
    public List<String> notes() {
        return notes;
    }

    /** Whether the current run regressed: the gate fails. */
    public boolean hasRegressions() {
        return changes.stream().anyMatch(c -> c.kind().isRegression());
    }

    /**
     * One line per change (regressions first), then the notes, then a summary line such as
     * {@code 2 regressions, 1 gone, 0 improvements, 1 new} or {@code no changes}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        changes.forEach(c -> text.append(c.message()).append('\n'));
        notes.forEach(n -> text.append(n).append('\n'));
        return text.append(summary()).append('\n').toString();
    }

    /** {@code 2 regressions, 1 gone, 0 improvements, 1 new}, or {@code no changes}. */
    public String summary() {
        if (changes.isEmpty()) {
            return "no changes";
        }
        return plural(changes(Kind.REGRESSION).size(), "regression") + ", " + changes(Kind.GONE).size() + " gone, "
                + plural(changes(Kind.IMPROVEMENT).size(), "improvement") + ", " + changes(Kind.NEW).size() + " new";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return describe();
    }
}
