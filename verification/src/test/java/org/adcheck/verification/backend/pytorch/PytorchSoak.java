package org.adcheck.verification.backend.pytorch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Sends many points through the pytorch backend, alternately in batches and one point per call,
 * and prints the process's resident memory (VmRSS) and the Java heap at intervals, to show that
 * native memory does not grow with the number of calls. Run it with a fixed, pre-touched heap, so
 * that RSS growth is native growth and not the heap being committed or touched:
 *
 * <pre>{@code
 * java -Xms256m -Xmx256m -XX:+AlwaysPreTouch -cp <test class path> \
 *     org.adcheck.verification.backend.pytorch.PytorchSoak [points] [batch]
 * }</pre>
 */
public final class PytorchSoak {

    /** RSS at the end of warm-up and at the end, in kB, and the largest RSS seen after warm-up. */
    record Report(long warmRssKb, long finalRssKb, long peakRssKb, long points, long calls) {

        long growthKb() {
            return finalRssKb - warmRssKb;
        }
    }

    private PytorchSoak() {}

    public static void main(String[] args) throws IOException {
        long points = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Report report = run(points, batch, System.out);
        System.out.printf("RSS after warm-up %,d kB, at the end %,d kB (growth %,d kB), peak %,d kB;"
                + " %,d points in %,d calls%n", report.warmRssKb(), report.finalRssKb(), report.growthKb(),
                report.peakRssKb(), report.points(),
                report.calls());
    }

    /**
     * Half of {@code points} in batches of {@code batch}, the other half one point per call, in
     * alternating rounds, after a warm-up of 10 % of the work that is not counted in the growth.
     */
    static Report run(long points, int batch, PrintStream out) throws IOException {
        PytorchBackend backend = new PytorchBackend();
        Random random = new Random(3);
        double[][] batchPoints = new double[batch][];
        for (int i = 0; i < batch; i++) {
            batchPoints[i] = new double[] {0.1 + 5 * random.nextDouble(), 5 * random.nextDouble()};
        }
        long rounds = Math.max(1, points / (2L * batch));
        long warmUpRounds = Math.max(1, rounds / 10);
        long warmRss = 0;
        long peakRss = 0;
        long done = 0;
        long calls = 0;
        long started = System.nanoTime();
        for (long round = 0; round < warmUpRounds + rounds; round++) {
            backend.evaluate(PytorchBackendTests.SEED, batchPoints);
            calls++;
            for (int i = 0; i < batch; i++) {
                backend.evaluate(PytorchBackendTests.SEED, new double[][] {batchPoints[i]});
                calls++;
            }
            if (round == warmUpRounds - 1) {
                warmRss = rssKb();
                done = 0;
                calls = 0;
                print(out, "warm", 0, warmRss, started);
            } else if (round >= warmUpRounds) {
                done += 2L * batch;
                long rss = rssKb();
                peakRss = Math.max(peakRss, rss);
                if ((round - warmUpRounds + 1) % Math.max(1, rounds / 10) == 0) {
                    print(out, "soak", done, rss, started);
                }
            }
        }
        return new Report(warmRss, rssKb(), peakRss, done, calls);
    }

    private static void print(PrintStream out, String phase, long points, long rssKb, long started) {
        Runtime runtime = Runtime.getRuntime();
        long usedKb = (runtime.totalMemory() - runtime.freeMemory()) / 1024;
        long committedKb = runtime.totalMemory() / 1024;
        out.printf("%s %,10d points  %6.1f s  RSS %,9d kB  heap used %,9d kB  heap committed %,9d kB%n",
                phase, points, (System.nanoTime() - started) / 1e9, rssKb, usedKb, committedKb);
    }

    /** VmRSS from /proc/self/status (Linux), in kB; 0 elsewhere. */
    static long rssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}
