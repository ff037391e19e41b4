/**
 * JMH benchmarks, run from the shaded jar and never by {@code mvn test}:
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc -rf json -rff jmh.json
 * </pre>
 *
 * <ul>
 *   <li>{@link org.adcheck.benchmarks.SeedFormulaBenchmark}: the seed formula's value and gradient by
 *       plain double, by hand, {@code Dual}, {@code VectorDual}, the compiled expression and Hipparchus.
 *   <li>{@link org.adcheck.benchmarks.PytorchBatchBenchmark}: the pytorch backend on 10,000 points.
 *   <li>{@link org.adcheck.benchmarks.ScalingBenchmark}: Rosenbrock in n dimensions, forward against
 *       reverse mode.
 * </ul>
 *
 * <p>On a machine shared with other builds, single forks differ by up to 1.5× (JIT and GC luck as
 * much as load): compare ratios from one run, and add forks ({@code -f 3}) before trusting a
 * difference under 20%. PyTorch's natives are not shaded into the jar: they sit in
 * {@code benchmarks/target/lib}, named by the jar's manifest.
 */
package org.adcheck.benchmarks;
