package org.adcheck.verification.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.adcheck.verification.Verdict;
import org.adcheck.verification.Verifier;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.Backends;
import org.adcheck.verification.fuzz.Fuzzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adcheck fuzz}: random domain-safe expressions through every backend; DISAGREE exits 1. */
@Command(
        name = "fuzz",
        mixinStandardHelpOptions = true,
        description = "Generates random domain-safe expression trees and points, checks every backend, and reports "
                + "every DISAGREE shrunk to a minimal expression.",
        footer = {"", "Example:", "  adcheck fuzz --cases 100000 --seed 7"})
final class FuzzCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Option(names = "--cases", paramLabel = "N", description = "Expression-point cases to check (default: ${DEFAULT-VALUE}).")
    long cases = 2000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--max-depth", paramLabel = "D", description = "Maximum tree depth (default: ${DEFAULT-VALUE}).")
    int maxDepth = 4;

    @Option(names = "--backends", paramLabel = "LIST", description = "Comma-separated backends (default: ${DEFAULT-VALUE}).")
    String backends = Backends.ALL;

    @Override
    public Integer call() {
        if (cases < 1) {
            throw new UserInputException("--cases must be >= 1, got " + cases);
        }
        if (maxDepth < 1 || maxDepth > 12) {
            throw new UserInputException("--max-depth must be between 1 and 12, got " + maxDepth);
        }
        List<Backend> selected = BackendOption.list(backends);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("adcheck fuzz: %d cases, seed %d, max depth %d, backends %s%n", cases, seed, maxDepth, backends);
        out.flush();
        Fuzzer.Summary summary = new Fuzzer(new Verifier(selected)).run(cases, seed, maxDepth, line -> {
            out.println("  " + line);
            out.flush();
        });
        for (Fuzzer.Finding f : summary.findings()) {
            out.println();
            out.println("DISAGREE found by " + f.expression());
            out.println("shrunk to         " + f.shrunk());
            out.print(f.facts());
        }
        out.println();
        out.printf("%s: %d cases, %d with DISAGREE; checks: %d AGREE, %d NON_FINITE, %d KINK, %d INCONCLUSIVE, "
                        + "%d DISAGREE; %.1f s%n",
                summary.casesWithDisagreement() == 0 ? "PASS" : "FAIL", summary.cases(),
                summary.casesWithDisagreement(), summary.checks().get(Verdict.AGREE),
                summary.checks().get(Verdict.NON_FINITE), summary.checks().get(Verdict.KINK),
                summary.checks().get(Verdict.INCONCLUSIVE), summary.checks().get(Verdict.DISAGREE), summary.seconds());
        out.flush();
        return summary.casesWithDisagreement() == 0 ? AdcheckCommand.OK : AdcheckCommand.DISAGREE;
    }
}
