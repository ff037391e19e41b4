package org.adcheck.benchmarks;

import java.util.List;
import org.adcheck.ad.Num;
import org.adcheck.ad.NumFunction;

/**
 * The tutorial's seed formula {@code f(x1, x2) = ln(x1) + x1·x2 − sin(x2)}, written once over the
 * {@link Num} algebra, exactly as a user of adcheck writes a test function.
 */
final class SeedFormula {
    private SeedFormula() {}

    /** The formula over any algebra. */
    static <T extends Num<T>> T f(T x1, T x2) {
        return x1.log().add(x1.mul(x2)).sub(x2.sin());
    }

    /** The same formula as a {@link NumFunction}, which is what backends take. */
    static final NumFunction FUNCTION = new NumFunction() {
        @Override
        public List<String> variables() {
            return List.of("x1", "x2");
        }

        @Override
        public <T extends Num<T>> T apply(List<T> args, T zero) {
            return f(args.get(0), args.get(1));
        }
    };
}
