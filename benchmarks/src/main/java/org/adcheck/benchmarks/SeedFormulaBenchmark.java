package org.adcheck.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.adcheck.ad.Dual;
import org.adcheck.ad.VectorDual;
import org.adcheck.expr.CompiledExpression;
import org.adcheck.expr.Expressions;
import org.hipparchus.analysis.differentiation.Gradient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The seed formula {@code ln(x1) + x1·x2 − sin(x2)} at (2, 5), value and both partials, by every
 * means adcheck offers and by Hipparchus, side by side.
 *
 * <p>Every variant but {@link #plainDouble} hands the value and both partials to the
 * {@link Blackhole} as three doubles, so that none pays for a result array the others do not, and
 * none can be optimised away. The inputs are fields, so nothing folds to a constant.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SeedFormulaBenchmark {

    double x1 = 2.0;
    double x2 = 5.0;

    private CompiledExpression program;

    @Setup
    public void compile() {
        program = Expressions.compile(Expressions.parse("log(x1) + x1*x2 - sin(x2)"));
    }

    /** The value only, in plain double arithmetic: the floor. */
    @Benchmark
    public double plainDouble() {
        return Math.log(x1) + x1 * x2 - Math.sin(x2);
    }

    /** Value and gradient coded by hand: ∂/∂x1 = 1/x1 + x2, ∂/∂x2 = x1 − cos x2. */
    @Benchmark
    public void handWrittenGradient(Blackhole bh) {
        double a = x1;
        double b = x2;
        bh.consume(Math.log(a) + a * b - Math.sin(b));
        bh.consume(1.0 / a + b);
        bh.consume(a - Math.cos(b));
    }

    /** {@link Dual}, one pass per input: seeded on x1, then on x2. */
    @Benchmark
    public void dualTwoPasses(Blackhole bh) {
        Dual first = SeedFormula.f(Dual.variable(x1), Dual.constantOf(x2));
        Dual second = SeedFormula.f(Dual.constantOf(x1), Dual.variable(x2));
        bh.consume(first.value());
        bh.consume(first.tangent());
        bh.consume(second.tangent());
    }

    /** {@link VectorDual} through the generic formula: the whole gradient in one pass. */
    @Benchmark
    public void vectorTangentOnePass(Blackhole bh) {
        VectorDual f = SeedFormula.f(VectorDual.variable(0, 2, x1), VectorDual.variable(1, 2, x2));
        bh.consume(f.value());
        bh.consume(f.partial(0));
        bh.consume(f.partial(1));
    }

    /** The parsed formula, compiled once, run over {@link VectorDual}: what {@code adcheck check} does per point. */
    @Benchmark
    public void interpretedVectorTangent(Blackhole bh) {
        VectorDual f = program.apply(List.of(VectorDual.variable(0, 2, x1), VectorDual.variable(1, 2, x2)),
                VectorDual.constant(2, 0));
        bh.consume(f.value());
        bh.consume(f.partial(0));
        bh.consume(f.partial(1));
    }

    /** Hipparchus {@link Gradient}, the reference Java AD library. */
    @Benchmark
    public void hipparchusGradient(Blackhole bh) {
        Gradient a = Gradient.variable(2, 0, x1);
        Gradient b = Gradient.variable(2, 1, x2);
        Gradient f = a.log().add(a.multiply(b)).subtract(b.sin());
        bh.consume(f.getValue());
        bh.consume(f.getPartialDerivative(0));
        bh.consume(f.getPartialDerivative(1));
    }
}
