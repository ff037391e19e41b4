/**
 * The optional {@code hipparchus} backend: Hipparchus's {@code Gradient} behind the
 * {@link org.adcheck.verification.backend.Backend} interface, a fourth oracle that shares no
 * derivative code with ad-core.
 *
 * <p>Start with {@link org.adcheck.verification.backend.hipparchus.HipparchusBackend}. Where
 * Hipparchus's conventions differ from forward-ad's (for example {@code abs'(±0) = ±1}), they are
 * listed as data in {@link org.adcheck.verification.backend.hipparchus.HipparchusBackend#CONVENTION_DIFFERENCES},
 * so that a report can say "convention difference" instead of "failure".
 */
package org.adcheck.verification.backend.hipparchus;
