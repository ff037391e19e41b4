package org.adcheck.verification;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One verdict: the backends compared on one quantity (the value {@code f}, or one partial
 * {@code ∂f/∂x}) at one point.
 *
 * @param quantity {@code "f"} for the value, otherwise the variable's name
 * @param verdict the verdict
 * @param numbers each backend's number, in backend order
 * @param errorEstimate the finite difference's error estimate, NaN when there is none
 * @param leftSlope the backward one-sided difference, NaN when there is none
 * @param rightSlope the forward one-sided difference, NaN when there is none
 * @param difference the largest difference that decided the verdict (NaN when none applies)
 * @param tolerance the tolerance it was held to (NaN when none applies)
 * @param toleranceRule how that tolerance was derived, in words
 * @param oddOneOut the single backend that disagrees with all the others when they agree among
 *     themselves, or {@code ""}
 * @param documentedDifferences backends whose number differs here by a documented convention or
 *     accuracy limit (an advisory oracle, or reverse mode's ∞·0 at a kink): reported, not gated
 * @param note a short explanation: why DISAGREE, which convention differs, ...
 */
public record Check(
        String quantity,
        Verdict verdict,
        Map<String, Double> numbers,
        double errorEstimate,
        double leftSlope,
        double rightSlope,
        double difference,
        double tolerance,
        String toleranceRule,
        String oddOneOut,
        java.util.Set<String> documentedDifferences,
        String note) {

    public Check {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
        documentedDifferences = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(documentedDifferences));
    }

    /** Whether this check is about the function's value rather than a partial. */
    public boolean isValue() {
        return "f".equals(quantity);
    }

    /** {@code f} or {@code ∂f/∂x}, for messages. */
    public String label() {
        return isValue() ? "f" : "∂f/∂" + quantity;
    }
}
