package org.adcheck.verification.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.adcheck.ad.NumFunction;
import org.adcheck.expr.Expressions;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.BatchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code adcheck soak}: many points through one backend (pytorch by default), in batches and one
 * at a time, printing resident memory and heap as it goes. Native memory that leaks per call shows
 * up as RSS growth after warm-up; the command fails (exit 1) when that growth exceeds the limit.
 *
 * <p>Run it with a fixed, pre-touched heap, so that the Java heap growing into its maximum does not
 * count as RSS growth: {@code java -Xms256m -Xmx256m -XX:+AlwaysPreTouch -jar adcheck.jar soak}.
 */
@Command(
        name = "soak",
        mixinStandardHelpOptions = true,
        description = "Sends many points through a backend, in batches and singly, and reports resident memory (RSS) "
                + "and heap at intervals; exits 1 when RSS grows more than --max-growth-mb after warm-up.",
        footer = {"", "Example:", "  adcheck soak --points 1000000"})
final class SoakCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Option(names = "--points", paramLabel = "N", description = "Total points (default: ${DEFAULT-VALUE}).")
    long points = 1_000_000;

    @Option(names = "--batch", paramLabel = "B", description = "Points per batched call (default: ${DEFAULT-VALUE}).")
    int batch = 10_000;

    @Option(names = "--single-share", paramLabel = "F",
            description = "Fraction of the points sent one per call (default: ${DEFAULT-VALUE}).")
    double singleShare = 0.05;

    @Option(names = "--backend", paramLabel = "NAME", description = "The backend to soak (default: ${DEFAULT-VALUE}).")
    String backendName = "pytorch";

    @Option(names = "--max-growth-mb", paramLabel = "MB", description = "Allowed RSS growth after warm-up (default: ${DEFAULT-VALUE}).")
    double maxGrowthMb = 64;

    @Option(names = "--expression", paramLabel = "EXPR", description = "The function (default: the seed formula).")
    String expression = "log(x1) + x1*x2 - sin(x2)";

    @Override
    public Integer call() {
        if (points < 1) {
            throw new UserInputException("--points must be >= 1, got " + points);
        }
        if (batch < 1) {
            throw new UserInputException("--batch must be >= 1, got " + batch);
        }
        if (!(singleShare >= 0 && singleShare <= 1)) {
            throw new UserInputException("--single-share must be between 0 and 1, got " + singleShare);
        }
        Backend backend = BackendOption.one(backendName);
        NumFunction f = Expressions.compile(Expressions.parse(expression));
        int n = f.variables().size();
        PrintWriter out = spec.commandLine().getOut();
        long singles = Math.round(points * singleShare);
        long batched = points - singles;
        out.printf("adcheck soak: %d points through %s (%s): %d in batches of %d, %d one per call%n", points,
                backendName, backend.version(), batched, batch, singles);
        out.printf("%12s %10s %12s %14s %10s%n", "points", "rss MB", "live heap MB", "committed heap", "seconds");
        SplittableRandom random = new SplittableRandom(1);
        long started = System.nanoTime();
        long done = 0;
        long interval = Math.max(1, points / 20);
        long nextReport = 0;
        double warmRss = Double.NaN;
        double peakAfterWarm = 0;
        double checksum = 0;
        while (done < points) {
            int size = done < batched ? (int) Math.min(batch, batched - done) : 1;
            double[][] x = new double[size][n];
            for (double[] p : x) {
                for (int j = 0; j < n; j++) {
                    p[j] = 0.5 + 4 * random.nextDouble();
                }
            }
            BatchResult r = backend.evaluate(f, x);
            checksum += r.point(size - 1).value();
            done += size;
            if (done >= nextReport || done == points) {
                // Collect first, so the heap figure is what is live, not garbage not yet collected.
                System.gc();
                double rss = rssMb();
                Runtime runtime = Runtime.getRuntime();
                double heap = (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0;
                double committed = runtime.totalMemory() / 1048576.0;
                out.printf("%12d %10.1f %12.1f %14.1f %10.1f%n", done, rss, heap, committed,
                        (System.nanoTime() - started) / 1e9);
                out.flush();
                if (Double.isNaN(warmRss) && done >= points / 10) {
                    warmRss = rss;
                } else if (!Double.isNaN(warmRss)) {
                    peakAfterWarm = Math.max(peakAfterWarm, rss);
                }
                nextReport = done + interval;
            }
        }
        double growth = Double.isNaN(warmRss) ? 0 : Math.max(0, peakAfterWarm - warmRss);
        boolean ok = growth <= maxGrowthMb;
        out.printf("%s: RSS after warm-up %.1f MB, peak after warm-up %.1f MB, growth %.1f MB (limit %.0f MB); "
                        + "%.1f s; checksum %.6g%n", ok ? "PASS" : "FAIL", warmRss, peakAfterWarm, growth, maxGrowthMb,
                (System.nanoTime() - started) / 1e9, checksum);
        out.flush();
        return ok ? AdcheckCommand.OK : AdcheckCommand.DISAGREE;
    }

    /** Resident set size from {@code /proc/self/status}; NaN where that file does not exist. */
    static double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
