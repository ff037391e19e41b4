/**
 * Verification: the same function through several backends, compared point by point.
 *
 * <p>Start with {@link org.adcheck.verification.Verifier} (a function and a batch of points in, a
 * {@link org.adcheck.verification.VerificationResult} of {@link org.adcheck.verification.Verdict}s
 * out), or with {@link org.adcheck.verification.GradientAssertions} in a JUnit test. The tolerance
 * policy that decides every verdict is {@link org.adcheck.verification.TolerancePolicy}; failures
 * are written as aligned facts by {@link org.adcheck.verification.Facts}.
 * {@link org.adcheck.verification.CatalogRunner} runs a whole catalog into a
 * {@link org.adcheck.verification.report.RunReport}.
 */
package org.adcheck.verification;
