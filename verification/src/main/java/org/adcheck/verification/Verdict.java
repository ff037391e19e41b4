package org.adcheck.verification;

import java.util.Collection;

/**
 * The outcome of comparing the backends on one quantity (the value or one partial) at one point.
 *
 * <p>Constants are declared from best to worst, so {@link #worst} is the one with the highest
 * ordinal: a run, a point or a fixture takes the worst verdict of its parts.
 */
public enum Verdict {
    /** Every backend agrees within the tolerance policy. */
    AGREE,
    /** Every analytic backend gives the same NaN or infinity (a point off the domain, or overflow). */
    NON_FINITE,
    /**
     * The one-sided finite differences disagree: the point is on (or next to) a kink. The AD
     * derivative lies between them, and forward-ad and pytorch follow the same convention.
     */
    KINK,
    /** The finite difference is too noisy to judge. Counted and reported, never passed silently. */
    INCONCLUSIVE,
    /** A backend disagrees beyond the tolerance: a wrong derivative rule, or a wrong value. */
    DISAGREE;

    /** The worst of the given verdicts; {@link #AGREE} for none. */
    public static Verdict worst(Collection<Verdict> verdicts) {
        Verdict worst = AGREE;
        for (Verdict v : verdicts) {
            worst = worst.worse(v);
        }
        return worst;
    }

    /** The worse of this and {@code other}. */
    public Verdict worse(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Whether this verdict fails a gate: only {@link #DISAGREE} does. */
    public boolean isFailure() {
        return this == DISAGREE;
    }
}
