/**
 * The backends behind one small interface, {@link org.adcheck.verification.backend.Backend}: a
 * function and a batch of points in, a value and a gradient per point out.
 *
 * <p>Get them by name with {@link org.adcheck.verification.backend.Backends#parse} ({@code
 * forward-ad}, {@code pytorch}, {@code finite-difference}, {@code hipparchus}). Implement
 * {@code Backend} to check your own AD against the others. Only the {@code pytorch} subpackage
 * touches DJL.
 */
package org.adcheck.verification.backend;
