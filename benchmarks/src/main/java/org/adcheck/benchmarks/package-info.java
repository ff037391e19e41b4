/**
 * JMH benchmarks, run from the shaded jar and never by {@code mvn test}:
 *
 * <pre>
 * mvn -B -q package -DskipTests -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar -prof org.adcheck.benchmarks.CpuTimeProfiler -rf json -rff jmh.json
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
 * <p>{@link org.adcheck.benchmarks.CpuTimeProfiler} adds CPU time per operation, which stays steadier
 * than wall-clock time when other work shares the machine's cores. PyTorch's natives are not shaded
 * into the jar: they sit in {@code benchmarks/target/lib}, named by the jar's manifest.
 */
package org.adcheck.benchmarks;
