package example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adcheck.ad.Num;
import org.adcheck.ad.NumFunction;
import org.adcheck.fixtures.Fixture;
import org.adcheck.verification.GradientAssertions;
import org.adcheck.verification.VerificationResult;
import org.adcheck.verification.Verdict;
import org.adcheck.verification.Verifier;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.Backends;
import org.adcheck.verification.backend.PointResult;
import org.adcheck.verification.junit.FixtureSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.opentest4j.AssertionFailedError;

/** How another project uses adcheck from its own JUnit 5 tests: what the README shows. */
public class MyDerivativeTests {

    /** The logistic loss softplus(−(w·1.5 + b)), written once over the Num algebra. */
    public static final NumFunction LOGISTIC_LOSS = new NumFunction() {
        @Override
        public List<String> variables() {
            return List.of("w", "b");
        }

        @Override
        public <T extends Num<T>> T apply(List<T> x, T zero) {
            return x.get(0).mul(1.5).add(x.get(1)).neg().softplus();
        }
    };

    /** A user's hand-derived gradient of that loss, plugged in as one more backend. */
    public static final class HandWrittenGradient implements Backend {
        private final boolean forgetChainFactor;

        public HandWrittenGradient(boolean forgetChainFactor) {
            this.forgetChainFactor = forgetChainFactor;
        }

        @Override
        public String name() {
            return forgetChainFactor ? "my-buggy-gradient" : "my-gradient";
        }

        @Override
        public String version() {
            return "hand-written";
        }

        @Override
        public BatchResult evaluate(NumFunction function, double[][] points) {
            List<PointResult> out = new ArrayList<>();
            for (double[] p : points) {
                double z = -(1.5 * p[0] + p[1]);
                double value = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
                double s = 1 / (1 + Math.exp(-z));
                double dw = forgetChainFactor ? -s : -1.5 * s;
                out.add(PointResult.analytic(value, new double[] {dw, -s}));
            }
            return new BatchResult(name(), out);
        }
    }

    @Test
    void theSeedFormulaHasTheRightGradient() {
        GradientAssertions.assertAgrees("log(x1) + x1*x2 - sin(x2)", Map.of("x1", 2.0, "x2", 5.0));
    }

    @Test
    void myGenericFunctionRunsTheSameOnEveryBackend() {
        GradientAssertions.with().backends("forward-ad,pytorch,finite-difference").assertAgrees(LOGISTIC_LOSS, 0.3, -1.2);
    }

    @Test
    void myHandWrittenGradientAgrees() {
        GradientAssertions.with().including(new HandWrittenGradient(false)).assertAgrees(LOGISTIC_LOSS, 0.3, -1.2);
    }

    @Test
    void aForgottenChainFactorFailsWithTheFacts() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> GradientAssertions.with()
                .including(new HandWrittenGradient(true))
                .assertAgrees(LOGISTIC_LOSS, 0.3, -1.2));
        assertThat(e.getMessage())
                .startsWith("DISAGREE in 'java:example.MyDerivativeTests$1'")
                .contains("∂f/∂w at (w=0.3, b=-1.2)")
                .contains("my-buggy-gradient")
                .contains("odd one out         : my-buggy-gradient")
                .contains("tolerance");
    }

    @ParameterizedTest
    @FixtureSource(tags = "optimisation")
    void everyOptimisationFixtureAgreesAtTenRandomPoints(Fixture fixture) {
        Verifier verifier = new Verifier(Backends.parse("forward-ad,pytorch,finite-difference"));
        VerificationResult result = verifier.verify(fixture, fixture.samplePoints(42, 10));
        assertThat(result.all(Verdict.DISAGREE)).isEmpty();
    }
}
