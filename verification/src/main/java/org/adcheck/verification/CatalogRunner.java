package org.adcheck.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.adcheck.fixtures.Catalog;
import org.adcheck.fixtures.Fixture;
import org.adcheck.fixtures.GoldenPoint;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.report.FixtureReport;
import org.adcheck.verification.report.FixtureReports;
import org.adcheck.verification.report.RunMetadata;
import org.adcheck.verification.report.RunReport;

/**
 * Runs a whole catalog through a {@link Verifier}: each fixture at its golden points plus
 * {@code pointsPerFixture} random points from its domain, drawn from {@code seed}. The same seed
 * gives the same points, hence the same report apart from the date and durations.
 */
public final class CatalogRunner {

    private final Verifier verifier;

    public CatalogRunner(Verifier verifier) {
        this.verifier = verifier;
    }

    /** One fixture's points: goldens first, then the random ones. */
    public static double[][] pointsFor(Fixture fixture, int pointsPerFixture, long seed) {
        List<double[]> points = new ArrayList<>();
        for (GoldenPoint g : fixture.goldens()) {
            points.add(g.point(fixture.variables()));
        }
        for (double[] x : fixture.samplePoints(seed, pointsPerFixture)) {
            points.add(x);
        }
        return points.toArray(new double[0][]);
    }

    /**
     * Runs every fixture of {@code catalog}.
     *
     * @param progress told each fixture's report as soon as it is done
     */
    public RunReport run(Catalog catalog, String catalogName, List<String> tags, int pointsPerFixture, long seed,
            Consumer<FixtureReport> progress) {
        long started = System.nanoTime();
        String date = Instant.now().toString();
        List<Fixture> fixtures = catalog.fixtures();
        List<FixtureReport> reports = new ArrayList<>(fixtures.size());
        // Fixtures are independent: run them on every core. Reports keep catalog order, so the
        // same seed still gives the same report; progress arrives in completion order.
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), fixtures.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "adcheck-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FixtureReport>> futures = new ArrayList<>(fixtures.size());
            for (Fixture fixture : fixtures) {
                futures.add(pool.submit(() -> {
                    VerificationResult result = verifier.verify(fixture, pointsFor(fixture, pointsPerFixture, seed));
                    FixtureReport report = FixtureReports.of(fixture.name(), fixture.tags().stream().sorted().toList(),
                            result);
                    synchronized (progress) {
                        progress.accept(report);
                    }
                    return report;
                }));
            }
            for (Future<FixtureReport> future : futures) {
                reports.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the catalog", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<RunMetadata.BackendInfo> backends = new ArrayList<>();
        String pytorch = "";
        for (Backend b : verifier.backends()) {
            backends.add(new RunMetadata.BackendInfo(b.name(), b.version()));
            if (b.name().equals("pytorch")) {
                pytorch = b.version();
            }
        }
        String version = CatalogRunner.class.getPackage().getImplementationVersion();
        RunMetadata metadata = new RunMetadata(version == null ? "development" : version, date,
                (System.nanoTime() - started) / 1e9, seed, pointsPerFixture, catalogName, tags, backends, pytorch);
        return new RunReport(metadata, reports);
    }

}
