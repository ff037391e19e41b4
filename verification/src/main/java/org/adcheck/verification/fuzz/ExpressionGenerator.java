package org.adcheck.verification.fuzz;

import java.util.SplittableRandom;

/**
 * Random domain-safe expression trees over x, y, z, built from {@link SafeForms}: the same seed
 * gives the same trees.
 */
public final class ExpressionGenerator {

    private final SplittableRandom random;
    private final int maxDepth;

    public ExpressionGenerator(long seed, int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("--max-depth must be >= 1, got " + maxDepth);
        }
        this.random = new SplittableRandom(seed);
        this.maxDepth = maxDepth;
    }

    /** The next expression's text. */
    public String next() {
        return generate(1 + random.nextInt(maxDepth));
    }

    /** A random point in the fuzz domain, one coordinate per variable of {@link SafeForms#VARIABLES}. */
    public double[] point() {
        double[] x = new double[SafeForms.VARIABLES.size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = SafeForms.LOW + (SafeForms.HIGH - SafeForms.LOW) * random.nextDouble();
        }
        return x;
    }

    private String generate(int depth) {
        if (depth == 0 || random.nextInt(5) == 0) {
            if (random.nextInt(5) == 0) {
                return SafeForms.CONSTANTS.get(random.nextInt(SafeForms.CONSTANTS.size()));
            }
            return SafeForms.VARIABLES.get(random.nextInt(SafeForms.VARIABLES.size()));
        }
        SafeForms.Form form = SafeForms.ALL.get(random.nextInt(SafeForms.ALL.size()));
        String u = generate(depth - 1);
        String v = form.binary() ? generate(depth - 1) : null;
        return form.apply(u, v);
    }
}
