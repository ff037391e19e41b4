/**
 * JUnit 5 support: {@link org.adcheck.verification.junit.FixtureSource} feeds catalog fixtures into
 * a {@code @ParameterizedTest}. For one-call gradient checks see
 * {@link org.adcheck.verification.GradientAssertions}.
 */
package org.adcheck.verification.junit;
