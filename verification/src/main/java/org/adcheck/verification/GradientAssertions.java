package org.adcheck.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adcheck.ad.NumFunction;
import org.adcheck.expr.Expressions;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.Backends;
import org.opentest4j.AssertionFailedError;

/**
 * One-call gradient checks for JUnit tests, in the spirit of {@code torch.autograd.gradcheck}:
 *
 * <pre>{@code
 * GradientAssertions.assertAgrees("log(x1) + x1*x2 - sin(x2)", Map.of("x1", 2.0, "x2", 5.0));
 * GradientAssertions.with().backends("forward-ad,finite-difference").assertAgrees(myFunction, 0.5, 1.5);
 * }</pre>
 *
 * <p>A check fails with an {@link AssertionFailedError} listing the facts of every DISAGREE (and,
 * unless allowed, every INCONCLUSIVE) check: the expression, the point, every backend's number,
 * the difference, the tolerance and the command that reproduces it.
 */
public final class GradientAssertions {

    private static final Options DEFAULTS = new Options(Backends.ALL, List.of(), TolerancePolicy.DEFAULT, false);

    private GradientAssertions() {}

    /** Asserts that every backend agrees on {@code expression} at {@code point}. */
    public static void assertAgrees(String expression, Map<String, Double> point) {
        DEFAULTS.assertAgrees(expression, point);
    }

    /** Asserts that every backend agrees on a generic function at {@code point} (in variable order). */
    public static void assertAgrees(NumFunction function, double... point) {
        DEFAULTS.assertAgrees(function, point);
    }

    /** Options: start from the defaults (every backend, the default tolerance policy). */
    public static Options with() {
        return DEFAULTS;
    }

    /**
     * Immutable assertion options.
     *
     * @param backends comma-separated backend names
     * @param extra the caller's own backends, checked beside the named ones
     * @param policy the tolerance policy
     * @param allowInconclusive whether INCONCLUSIVE verdicts pass
     */
    public record Options(String backends, List<Backend> extra, TolerancePolicy policy, boolean allowInconclusive) {

        public Options {
            extra = List.copyOf(extra);
        }

        /** Only these backends, e.g. {@code "forward-ad,finite-difference"}. */
        public Options backends(String list) {
            Backends.parse(list);
            return new Options(list, extra, policy, allowInconclusive);
        }

        /** Also check this backend, e.g. your own AD implementation or a hand-written gradient. */
        public Options including(Backend backend) {
            List<Backend> more = new ArrayList<>(extra);
            more.add(backend);
            return new Options(backends, more, policy, allowInconclusive);
        }

        /** A different tolerance policy. */
        public Options tolerance(TolerancePolicy newPolicy) {
            return new Options(backends, extra, newPolicy, allowInconclusive);
        }

        /** Let INCONCLUSIVE verdicts pass (they fail by default: an unjudged point is not a pass). */
        public Options allowingInconclusive() {
            return new Options(backends, extra, policy, true);
        }

        public void assertAgrees(String expression, Map<String, Double> point) {
            NumFunction function = Expressions.compile(Expressions.parse(expression));
            double[] x = new double[function.variables().size()];
            for (int j = 0; j < x.length; j++) {
                Double v = point.get(function.variables().get(j));
                if (v == null) {
                    throw new IllegalArgumentException("no value for variable '" + function.variables().get(j)
                            + "' of '" + expression + "'");
                }
                x[j] = v;
            }
            for (String name : point.keySet()) {
                if (!function.variables().contains(name)) {
                    throw new IllegalArgumentException("'" + expression + "' has no variable '" + name + "'");
                }
            }
            check(expression, function, x);
        }

        public void assertAgrees(NumFunction function, double... point) {
            check("java:" + function.getClass().getName(), function, point);
        }

        private void check(String expression, NumFunction function, double[] point) {
            List<Backend> all = new ArrayList<>(Backends.parse(backends));
            all.addAll(extra);
            Verifier verifier = new Verifier(all, policy);
            VerificationResult result = verifier.verify(expression, expression, function, new double[][] {point}, null);
            List<VerificationResult.Failure> failures = new ArrayList<>(result.all(Verdict.DISAGREE));
            if (!allowInconclusive) {
                failures.addAll(result.all(Verdict.INCONCLUSIVE));
            }
            if (!failures.isEmpty()) {
                StringBuilder message = new StringBuilder();
                for (VerificationResult.Failure f : failures) {
                    message.append(f.describe());
                }
                throw new AssertionFailedError(message.toString().stripTrailing());
            }
        }
    }
}
