package org.adcheck.ad;

/**
 * The tutorial's example, done with {@link Dual}: {@code f(x1, x2) = ln(x1) + x1·x2 − sin(x2)} at
 * (2, 5), seeded on x1 and then on x2. Prints
 *
 * <pre>
 * value:11.6521, grad:5.5
 * value:11.6521, grad:1.7163
 * </pre>
 *
 * which PyTorch confirms: {@code tensor([11.6521])}, {@code x.grad = 5.5000}, {@code y.grad = 1.7163}.
 */
public final class SeedExample {

    private SeedExample() {}

    /** The seed formula, written once for every {@link Num} type. */
    static <T extends Num<T>> T seed(T x1, T x2) {
        return x1.log().add(x1.mul(x2)).sub(x2.sin());
    }

    public static void main(String[] args) {
        System.out.println(seed(Dual.variable(2), Dual.constantOf(5)));
        System.out.println(seed(Dual.constantOf(2), Dual.variable(5)));
    }
}
