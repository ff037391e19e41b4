/**
 * Random domain-safe expression trees for {@code adcheck fuzz}: {@link
 * org.adcheck.verification.fuzz.SafeForms} says how each function is applied so that results stay
 * finite and well conditioned, {@link org.adcheck.verification.fuzz.Fuzzer} runs them through a
 * verifier and {@link org.adcheck.verification.fuzz.Shrinker} reduces every disagreement to a
 * minimal expression.
 */
package org.adcheck.verification.fuzz;
