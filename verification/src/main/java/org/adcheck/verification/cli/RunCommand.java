package org.adcheck.verification.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.adcheck.fixtures.Catalog;
import org.adcheck.verification.CatalogRunner;
import org.adcheck.verification.Verifier;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.Backends;
import org.adcheck.verification.report.BaselineComparison;
import org.adcheck.verification.report.ReportWriter;
import org.adcheck.verification.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adcheck run}: the whole catalog through every backend, with reports and a baseline gate. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Runs every fixture of the catalog through every backend at its golden points and at random "
                + "points of its domain, prints a summary, and optionally writes reports and compares them with a "
                + "baseline.",
        footer = {"", "Example:", "  adcheck run --points 1000 --seed 1 --report target/adcheck-report"})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Option(names = "--catalog", paramLabel = "DIR", description = "A directory of fixture files (default: the bundled catalog).")
    Path catalog;

    @Option(names = "--points", paramLabel = "N", description = "Random points per fixture, on top of its goldens (default: ${DEFAULT-VALUE}).")
    int points = 1000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for the random points (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--backends", paramLabel = "LIST", description = "Comma-separated backends (default: ${DEFAULT-VALUE}).")
    String backends = Backends.ALL;

    @Option(names = "--tags", paramLabel = "TAG", split = ",", description = "Only fixtures with one of these tags.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--report", paramLabel = "DIR", description = "Write report.json, index.html and report.md here.")
    Path report;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Compare with this baseline report.json; a regression exits 1.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Write this run's report.json to FILE as the new baseline.")
    Path writeBaseline;

    @Override
    public Integer call() throws Exception {
        if (points < 0) {
            throw new UserInputException("--points must be >= 0, got " + points);
        }
        List<Backend> selected = BackendOption.list(backends);
        if (catalog != null && !Files.isDirectory(catalog)) {
            throw new UserInputException("--catalog: '" + catalog + "' is not a directory");
        }
        RunReport old = null;
        if (baseline != null) {
            old = readReport("--baseline", baseline);
        }
        Catalog all = catalog == null ? Catalog.bundled() : Catalog.load(catalog);
        Catalog chosen = all;
        if (!tags.isEmpty()) {
            Set<String> wanted = new LinkedHashSet<>(tags);
            chosen = all.withTags(wanted);
            if (chosen.size() == 0) {
                throw new UserInputException("--tags: no fixture has any of the tags " + wanted);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("adcheck run: " + chosen.size() + " fixtures, " + points + " random points each (seed " + seed
                + "), backends " + String.join(", ", names(selected)));
        out.flush();
        CatalogRunner runner = new CatalogRunner(new Verifier(selected));
        String catalogName = catalog == null ? "bundled" : catalog.toString();
        RunReport result;
        if (System.console() != null && System.getenv("CI") == null) {
            try (ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("fixtures")
                    .setInitialMax(chosen.size())
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build()) {
                result = runner.run(chosen, catalogName, tags, points, seed, r -> {
                    bar.setExtraMessage(r.name());
                    bar.step();
                });
            }
        } else {
            int[] done = {0};
            int total = chosen.size();
            result = runner.run(chosen, catalogName, tags, points, seed, r -> {
                done[0]++;
                out.printf("[%3d/%d] %-28s %s%n", done[0], total, r.name(), SummaryTable.verdictCounts(r));
                out.flush();
            });
        }
        out.println();
        out.print(SummaryTable.render(result));
        int disagreements = result.total("DISAGREE");
        boolean regressed = false;
        if (report != null) {
            ReportWriter.write(result, report);
            out.println("report written to " + report.toAbsolutePath().normalize() + " (index.html, report.json, report.md)");
        }
        if (writeBaseline != null) {
            ReportWriter.writeJson(result, writeBaseline);
            out.println("baseline written to " + writeBaseline);
        }
        if (old != null) {
            BaselineComparison comparison = BaselineComparison.compare(old, result);
            out.println();
            out.println("against baseline " + baseline + ":");
            out.print(comparison.describe().indent(2));
            regressed = comparison.hasRegressions();
        }
        out.println();
        String status = disagreements == 0 && !regressed ? "PASS" : "FAIL";
        out.printf("%s: %d fixtures, %d DISAGREE, %d INCONCLUSIVE, %d KINK, %d NON_FINITE%s, %.1f s%n", status,
                result.fixtures().size(), disagreements, result.total("INCONCLUSIVE"), result.total("KINK"),
                result.total("NON_FINITE"), old == null ? "" : regressed ? ", regressions against the baseline"
                        : ", no regression against the baseline", result.metadata().durationSeconds());
        out.flush();
        return disagreements == 0 && !regressed ? AdcheckCommand.OK : AdcheckCommand.DISAGREE;
    }

    private static RunReport readReport(String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(option + ": no such file '" + file + "'");
        }
        try {
            return ReportWriter.readJson(file);
        } catch (RuntimeException e) {
            throw new UserInputException(option + ": " + e.getMessage());
        }
    }

    private static List<String> names(List<Backend> backends) {
        return backends.stream().map(Backend::name).toList();
    }

}
