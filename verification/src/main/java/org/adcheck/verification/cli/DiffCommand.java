package org.adcheck.verification.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.adcheck.verification.report.BaselineComparison;
import org.adcheck.verification.report.ReportFileException;
import org.adcheck.verification.report.ReportWriter;
import org.adcheck.verification.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code adcheck diff OLD.json NEW.json}: what regressed, improved, is new or gone between two runs,
 * by the rules of {@link BaselineComparison}. Judges the change, not the new run: a DISAGREE that
 * the baseline already had is not a regression.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Compares two report.json files: prints what regressed, what improved, and which fixtures are "
                + "new or gone (or 'no changes').",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no regression",
            "1:a regression",
            "2:bad input: a missing, unreadable or malformed report",
            "3:internal error (rerun with --debug)"
        },
        footer = {
            "",
            "A regression is a fixture with more DISAGREE checks than before, a worst relative error of a backend "
                    + "pair that grew more than 10 times (errors at or below 1e-13 count as 1e-13), or a fixture that "
                    + "is gone. Runs with different backends compare only the pairs they share.",
            "",
            "Example:",
            "  adcheck diff baseline.json target/adcheck-report/report.json"
        })
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "The baseline: an earlier report.json.")
    Path baseline;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "The report.json to judge.")
    Path current;

    @Override
    public Integer call() {
        RunReport old = read(baseline);
        RunReport now = read(current);
        BaselineComparison comparison = BaselineComparison.compare(old, now);
        PrintWriter out = spec.commandLine().getOut();
        out.print(comparison.describe());
        out.flush();
        return comparison.hasRegressions() ? AdcheckCommand.DISAGREE : AdcheckCommand.OK;
    }

    private static RunReport read(Path file) {
        try {
            return ReportWriter.readJson(file);
        } catch (ReportFileException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
