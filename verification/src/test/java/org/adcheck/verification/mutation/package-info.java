/**
 * The mutation self-test: proof that the gate can fail. Start with
 * {@link org.adcheck.verification.mutation.Mutation} (the seeded wrong rules, each with a witness
 * expression and a domain) and {@link org.adcheck.verification.mutation.MutatedForwardAdBackend}
 * (forward-ad with one wrong rule, injected through the {@code MutantNum} decorator over
 * {@code VectorDual}); {@code MutationScoreTests} runs them and prints the mutation score.
 */
package org.adcheck.verification.mutation;
