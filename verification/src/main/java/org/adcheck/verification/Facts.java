package org.adcheck.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a check as a list of aligned facts, one per line, keys first and fixed:
 *
 * <pre>
 * DISAGREE in 'rosenbrock', ∂f/∂y at (x=1.0, y=2.0)
 *   expression          : 100*(y - x^2)^2 + (1 - x)^2
 *   forward-ad          : 400.0
 *   pytorch             : 400.0
 *   finite-difference   : 399.99991   (error estimate 3.1E-9)
 *   difference          : 9.0E-5
 *   tolerance           : 3.1E-8 (10.0 × error estimate + relative 1.0E-9, absolute 0.0)
 *   odd one out         : forward-ad
 *   note                : forward-ad differs from the finite difference
 *   reproduce           : adcheck check '100*(y - x^2)^2 + (1 - x)^2' --at x=1.0,y=2.0
 * </pre>
 *
 * <p>Numbers print with {@link Double#toString}, the shortest text that reads back to the same
 * double, so a reproduction starts from exactly the same point.
 */
public final class Facts {

    private static final int KEY_WIDTH = 20;

    private Facts() {}

    /** The facts of one check. */
    public static String describe(VerificationResult result, PointVerdict point, Check check) {
        List<String[]> facts = new ArrayList<>();
        facts.add(fact("expression", result.expression()));
        for (Map.Entry<String, Double> e : check.numbers().entrySet()) {
            String text = String.valueOf(e.getValue());
            if (!check.isValue() && !Double.isNaN(check.errorEstimate())
                    && e.getKey().equals(org.adcheck.verification.backend.FiniteDifferenceBackend.NAME)) {
                text += "   (error estimate " + check.errorEstimate() + "; one-sided " + check.leftSlope() + " / "
                        + check.rightSlope() + ")";
            }
            facts.add(fact(e.getKey(), text));
        }
        if (!Double.isNaN(check.difference())) {
            facts.add(fact("difference", String.valueOf(check.difference())));
            facts.add(fact("tolerance", check.tolerance() + " (" + check.toleranceRule() + ")"));
        }
        if (!check.oddOneOut().isEmpty()) {
            facts.add(fact("odd one out", check.oddOneOut()));
        }
        if (!check.note().isEmpty()) {
            facts.add(fact("note", check.note()));
        }
        facts.add(fact("reproduce", reproduce(result, point)));
        String headline = check.verdict() + " in '" + result.label() + "', " + check.label() + " at "
                + PointVerdict.describe(result.variables(), point.coordinates());
        return headline + "\n" + align(facts);
    }

    /** The command that reproduces a point: {@code adcheck check 'expr' --at x=1.0,y=2.0}. */
    public static String reproduce(VerificationResult result, PointVerdict point) {
        String expression = result.expression();
        String at = PointVerdict.atArgument(result.variables(), point.coordinates());
        if (expression.startsWith("java:")) {
            return "evaluate " + expression + " at " + at + " (a Java function: no command line)";
        }
        List<String> named = new ArrayList<>();
        for (String b : result.backends()) {
            if (org.adcheck.verification.backend.Backends.NAMES.contains(b)) {
                named.add(b);
            }
        }
        String backends = named.size() >= 2 ? " --backends " + String.join(",", named) : "";
        return "adcheck check '" + expression + "' --at " + at + backends;
    }

    static String[] fact(String key, String value) {
        return new String[] {key, value};
    }

    /** Lines of {@code "  key<padding>: value"}. */
    static String align(List<String[]> facts) {
        StringBuilder b = new StringBuilder();
        for (String[] f : facts) {
            b.append("  ").append(f[0]);
            b.append(" ".repeat(Math.max(1, KEY_WIDTH - f[0].length())));
            b.append(": ").append(f[1]).append('\n');
        }
        return b.toString();
    }
}
