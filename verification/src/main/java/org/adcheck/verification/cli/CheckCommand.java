package org.adcheck.verification.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.adcheck.expr.CompiledExpression;
import org.adcheck.expr.Expr;
import org.adcheck.expr.Expressions;
import org.adcheck.verification.Check;
import org.adcheck.verification.PointVerdict;
import org.adcheck.verification.VerificationResult;
import org.adcheck.verification.Verdict;
import org.adcheck.verification.Verifier;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.Backends;
import org.adcheck.verification.backend.BatchResult;
import org.adcheck.verification.backend.PointResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code adcheck check EXPRESSION --at x=...}: one expression at one point through every backend. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Evaluates one expression at one point through every backend and compares the gradients.",
        footer = {"", "Example:", "  adcheck check 'log(x1) + x1*x2 - sin(x2)' --at x1=2,x2=5"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Parameters(index = "0", paramLabel = "EXPRESSION", description = "The expression, e.g. 'log(x1) + x1*x2 - sin(x2)'.")
    String expression;

    @Option(names = "--at", paramLabel = "NAME=VALUE,...", description = "The point, e.g. x1=2,x2=5.")
    String at;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(names = "--backends", paramLabel = "LIST", description = "Comma-separated backends (default: ${DEFAULT-VALUE}).")
    String backends = Backends.ALL;

    @Override
    public Integer call() throws Exception {
        Map<String, Double> given = PointArgument.parse(at);
        List<Backend> selected = BackendOption.list(backends);
        Expr parsed = Expressions.parse(expression);
        CompiledExpression function = Expressions.compile(parsed);
        double[] point = PointArgument.inOrder(given, function.variables());
        VerificationResult result = new Verifier(selected)
                .verify(expression, expression, function, new double[][] {point}, null);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(result));
        } else {
            printTable(out, result);
        }
        out.flush();
        return result.worst().isFailure() ? AdcheckCommand.DISAGREE : AdcheckCommand.OK;
    }

    static String toJson(VerificationResult result) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        PointVerdict verdicts = result.points().get(0);
        double[] x = verdicts.coordinates();
        root.put("expression", result.expression());
        ObjectNode point = root.putObject("point");
        for (int j = 0; j < x.length; j++) {
            point.put(result.variables().get(j), x[j]);
        }
        ObjectNode results = root.putObject("results");
        for (Map.Entry<String, BatchResult> e : result.results().entrySet()) {
            PointResult r = e.getValue().point(0);
            ObjectNode node = results.putObject(e.getKey());
            node.put("value", r.value());
            ObjectNode gradient = node.putObject("gradient");
            for (int j = 0; j < x.length; j++) {
                gradient.put(result.variables().get(j), r.gradient()[j]);
            }
            if (r.hasEstimates()) {
                ObjectNode estimate = node.putObject("errorEstimate");
                for (int j = 0; j < x.length; j++) {
                    estimate.put(result.variables().get(j), r.errorEstimate()[j]);
                }
            }
        }
        ObjectNode checks = root.putObject("verdicts");
        for (Check c : verdicts.checks()) {
            checks.put(c.quantity(), c.verdict().name());
        }
        root.put("verdict", result.worst().name());
        return mapper.writeValueAsString(root);
    }

    static void printTable(PrintWriter out, VerificationResult result) {
        PointVerdict p = result.points().get(0);
        List<Check> checks = p.checks();
        out.println("expression  " + result.expression());
        out.println("point       " + PointVerdict.describe(result.variables(), p.coordinates()));
        out.println();
        StringBuilder header = new StringBuilder(String.format("%-20s", "backend"));
        for (Check c : checks) {
            header.append(String.format(" %-26s", c.label()));
        }
        out.println(header.toString().stripTrailing());
        for (Map.Entry<String, BatchResult> e : result.results().entrySet()) {
            PointResult r = e.getValue().point(0);
            StringBuilder row = new StringBuilder(String.format("%-20s", e.getKey()));
            row.append(String.format(" %-26s", r.value()));
            for (int j = 0; j < r.gradient().length; j++) {
                String cell = String.valueOf(r.gradient()[j]);
                if (r.hasEstimates()) {
                    cell += String.format(" ±%.1e", r.errorEstimate()[j]);
                }
                row.append(String.format(" %-26s", cell));
            }
            out.println(row.toString().stripTrailing());
        }
        StringBuilder verdictRow = new StringBuilder(String.format("%-20s", "verdict"));
        for (Check c : checks) {
            verdictRow.append(String.format(" %-26s", c.verdict()));
        }
        out.println(verdictRow.toString().stripTrailing());
        for (Check c : checks) {
            if (c.verdict() != Verdict.AGREE && c.verdict() != Verdict.NON_FINITE) {
                out.println();
                out.print(new VerificationResult.Failure(result, p, c).describe());
            }
        }
        out.println();
        Verdict worst = result.worst();
        out.println(worst + ": " + summary(result, worst));
    }

    private static String summary(VerificationResult result, Verdict worst) {
        int n = result.backends().size();
        int partials = result.variables().size();
        String what = "the value and " + partials + (partials == 1 ? " partial" : " partials");
        return switch (worst) {
            case AGREE -> n + " backends agree on " + what;
            case NON_FINITE -> n + " backends agree on " + what + ", with matching NaN or infinity";
            case KINK -> "the point is on a kink; the AD derivatives lie between the one-sided differences";
            case INCONCLUSIVE -> "the analytic backends agree; the finite difference is too noisy to judge";
            case DISAGREE -> "the backends disagree (see the facts above)";
        };
    }
}
