package org.adcheck.ad;

import java.util.List;

/**
 * A function of named variables written once over the {@link Num} algebra, so that every backend
 * (plain doubles, forward AD, tensors) runs the same code.
 *
 * <p>Parsed expressions become {@code NumFunction}s through {@code Expressions.compile}; the Java
 * fixtures implement it directly:
 *
 * <pre>{@code
 * NumFunction seed = new NumFunction() {
 *     public List<String> variables() { return List.of("x1", "x2"); }
 *     public <T extends Num<T>> T apply(List<T> x, T zero) {
 *         return x.get(0).log().add(x.get(0).mul(x.get(1))).sub(x.get(1).sin());
 *     }
 * };
 * }</pre>
 */
public interface NumFunction {

    /** The variable names, in the order {@link #apply} takes their values. */
    List<String> variables();

    /**
     * Evaluates the function.
     *
     * @param args one value per variable, in the order of {@link #variables()}
     * @param zero the constant 0 of the algebra in use; it makes constants even when the function
     *     has no variables ({@code zero.constant(c)})
     * @param <T> the algebra
     * @return the function's value, carrying whatever derivative information {@code T} tracks
     */
    <T extends Num<T>> T apply(List<T> args, T zero);
}
