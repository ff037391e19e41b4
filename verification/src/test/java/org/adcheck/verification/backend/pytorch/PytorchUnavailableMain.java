package org.adcheck.verification.backend.pytorch;

import org.adcheck.expr.Expressions;
import org.adcheck.verification.backend.BackendUnavailableException;

/**
 * What a command-line user of the pytorch backend sees: evaluates the seed formula and prints its
 * value, or, if PyTorch cannot be loaded, the exception's one-line message on stderr (exit 3).
 * {@link PytorchUnavailableTests} runs it in a child JVM without the native libraries.
 */
public final class PytorchUnavailableMain {

    private PytorchUnavailableMain() {}

    public static void main(String[] args) {
        try {
            double value = new PytorchBackend()
                    .evaluate(Expressions.compile(Expressions.parse("log(x1) + x1*x2 - sin(x2)")),
                            new double[][] {{2, 5}})
                    .point(0)
                    .value();
            System.out.println("pytorch available: " + value);
        } catch (BackendUnavailableException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
    }
}
