package org.adcheck.verification.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.adcheck.expr.CompiledExpression;
import org.adcheck.expr.Expr;
import org.adcheck.expr.Expressions;
import org.adcheck.verification.PointVerdict;
import org.adcheck.verification.Verdict;
import org.adcheck.verification.VerificationResult;
import org.adcheck.verification.Verifier;

/**
 * Random domain-safe expressions at random points through every backend: the search for false
 * alarms and real bugs. A case is one expression at one point; each expression is checked at
 * {@link #POINTS_PER_EXPRESSION} points in one batch. Every DISAGREE is shrunk to a minimal
 * expression that still disagrees at the same point.
 */
public final class Fuzzer {

    /** Points per generated expression. */
    public static final int POINTS_PER_EXPRESSION = 10;

    private static final int MAX_FINDINGS = 20;

    private final Verifier verifier;

    public Fuzzer(Verifier verifier) {
        this.verifier = verifier;
    }

    /**
     * One DISAGREE, before and after shrinking.
     *
     * @param expression the generated expression
     * @param shrunk the minimal expression that still disagrees at the point
     * @param point x, y, z
     * @param facts the facts of the shrunk expression's disagreement
     */
    public record Finding(String expression, String shrunk, double[] point, String facts) {}

    /**
     * What a fuzz run found.
     *
     * @param cases expression-point pairs checked
     * @param casesWithDisagreement cases with at least one DISAGREE
     * @param checks count of checks (value and partials) per verdict
     * @param findings the first findings, shrunk
     * @param seconds wall time
     */
    public record Summary(long cases, long casesWithDisagreement, Map<Verdict, Long> checks, List<Finding> findings,
            double seconds) {}

    public Summary run(long cases, long seed, int maxDepth, Consumer<String> progress) {
        long started = System.nanoTime();
        ExpressionGenerator generator = new ExpressionGenerator(seed, maxDepth);
        Map<Verdict, Long> checks = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            checks.put(v, 0L);
        }
        List<Finding> findings = new ArrayList<>();
        long done = 0;
        long disagreeing = 0;
        long nextReport = Math.max(1, cases / 10);
        while (done < cases) {
            int batch = (int) Math.min(POINTS_PER_EXPRESSION, cases - done);
            String text = generator.next();
            double[][] points = new double[batch][];
            for (int i = 0; i < batch; i++) {
                points[i] = generator.point();
            }
            Expr expr = Expressions.parse(text);
            VerificationResult result = verify(expr, points);
            result.counts().forEach((v, n) -> checks.merge(v, (long) n, Long::sum));
            for (PointVerdict p : result.points()) {
                if (p.worst() == Verdict.DISAGREE) {
                    disagreeing++;
                    if (findings.size() < MAX_FINDINGS) {
                        findings.add(shrink(text, expr, p.coordinates()));
                    }
                }
            }
            long before = done;
            done += batch;
            if (done / nextReport != before / nextReport || done == cases) {
                progress.accept(String.format("%d/%d cases, %d DISAGREE, %d INCONCLUSIVE, %d KINK checks", done,
                        cases, checks.get(Verdict.DISAGREE), checks.get(Verdict.INCONCLUSIVE),
                        checks.get(Verdict.KINK)));
            }
        }
        return new Summary(done, disagreeing, checks, findings, (System.nanoTime() - started) / 1e9);
    }

    private VerificationResult verify(Expr expr, double[][] points) {
        CompiledExpression f = Expressions.compile(expr, SafeForms.VARIABLES);
        String text = Expressions.print(expr);
        return verifier.verify(text, text, f, points, null);
    }

    private Finding shrink(String text, Expr expr, double[] point) {
        Expr shrunk = Shrinker.shrink(expr,
                candidate -> verify(candidate, new double[][] {point}).worst() == Verdict.DISAGREE);
        VerificationResult result = verify(shrunk, new double[][] {point});
        StringBuilder facts = new StringBuilder();
        for (VerificationResult.Failure f : result.all(Verdict.DISAGREE)) {
            facts.append(f.describe());
        }
        return new Finding(text, Expressions.print(shrunk), point, facts.toString());
    }
}
