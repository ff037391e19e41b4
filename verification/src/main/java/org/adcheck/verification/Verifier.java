package org.adcheck.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adcheck.ad.NumFunction;
import org.adcheck.expr.CompiledExpression;
import org.adcheck.fixtures.Fixture;
import org.adcheck.fixtures.ToleranceOverride;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.PointResult;

/**
 * Runs one function through every backend at a batch of points and turns the results into
 * verdicts. This is the entry point for checking a function; {@link GradientAssertions} wraps it
 * for JUnit tests and the {@code adcheck} command wraps it for the command line.
 *
 * <pre>{@code
 * Verifier verifier = new Verifier(Backends.parse("forward-ad,pytorch,finite-difference"));
 * VerificationResult r = verifier.verify(fixture, fixture.samplePoints(1, 100));
 * }</pre>
 */
public final class Verifier {

    private final List<Backend> backends;
    private final TolerancePolicy policy;

    /** A verifier with the default tolerance policy. */
    public Verifier(List<Backend> backends) {
        this(backends, TolerancePolicy.DEFAULT);
    }

    public Verifier(List<Backend> backends, TolerancePolicy policy) {
        if (backends.size() < 2) {
            throw new IllegalArgumentException(
                    "verification needs at least two backends to compare, got " + backends.size());
        }
        this.backends = List.copyOf(backends);
        this.policy = policy;
    }

    public List<Backend> backends() {
        return backends;
    }

    public TolerancePolicy policy() {
        return policy;
    }

    /** Verifies a catalog fixture at the given points, with the fixture's tolerance overrides. */
    public VerificationResult verify(Fixture fixture, double[][] points) {
        return verify(fixture.name(), fixture.expression(), fixture.function(), points, fixture.tolerance());
    }

    /**
     * Verifies {@code function} at {@code points}.
     *
     * @param label a name for messages (a fixture name, or the expression)
     * @param expression the expression text, for messages and reproduction
     * @param function the function
     * @param points {@code points[i][j]} is variable j at point i
     * @param override tolerance overrides, or null for the policy as it is
     */
    public VerificationResult verify(
            String label, String expression, NumFunction function, double[][] points, ToleranceOverride override) {
        List<String> variables = function.variables();
        for (double[] p : points) {
            if (p.length != variables.size()) {
                throw new IllegalArgumentException("a point has " + p.length + " coordinates but '" + label
                        + "' has " + variables.size() + " variables " + variables);
            }
        }
        Map<String, BatchResult> results = new LinkedHashMap<>();
        for (Backend backend : backends) {
            results.put(backend.name(), backend.evaluate(function, points));
        }
        Comparison comparison = new Comparison(policy.overriddenBy(override));
        List<PointVerdict> verdicts = new ArrayList<>(points.length);
        for (int i = 0; i < points.length; i++) {
            Map<String, PointResult> atPoint = new LinkedHashMap<>();
            for (Map.Entry<String, BatchResult> e : results.entrySet()) {
                atPoint.put(e.getKey(), e.getValue().point(i));
            }
            double[] point = points[i];
            java.util.function.DoubleSupplier intermediate = () -> function instanceof CompiledExpression compiled
                    ? compiled.largestIntermediate(point) : 0.0;
            verdicts.add(new PointVerdict(i, point, comparison.compare(variables, point, intermediate, atPoint)));
        }
        return new VerificationResult(label, expression, variables, results, verdicts);
    }
}
