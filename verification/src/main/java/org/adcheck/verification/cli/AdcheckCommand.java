package org.adcheck.verification.cli;

import java.io.PrintWriter;
import org.adcheck.expr.ExpressionSyntaxException;
import org.adcheck.fixtures.FixtureException;
import org.adcheck.verification.backend.BackendUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * {@code adcheck}: the command line. Exit codes: 0 when nothing disagrees, 1 on a DISAGREE or a
 * regression, 2 on bad input (one line on stderr naming the place, no stack trace), 3 on an
 * internal error (rerun with {@code --debug} for the stack trace).
 */
@Command(
        name = "adcheck",
        mixinStandardHelpOptions = true,
        versionProvider = AdcheckCommand.Version.class,
        description = "Checks automatic-differentiation results against PyTorch autograd, finite differences and "
                + "Hipparchus.",
        subcommands = {
            CheckCommand.class,
            RunCommand.class,
            ListCommand.class,
            DiffCommand.class,
            FuzzCommand.class,
            SoakCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing disagrees",
            "1:a DISAGREE verdict, or a regression against the baseline",
            "2:bad input: a malformed expression, fixture, point or flag",
            "3:internal error (rerun with --debug)"
        })
public final class AdcheckCommand implements Runnable {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code when a check disagrees or a report regressed. */
    public static final int DISAGREE = 1;
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (try 'adcheck --help')");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code; never throws. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new AdcheckCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            CommandLine cmd = ex.getCommandLine();
            String message = ex.getMessage();
            if (cmd.getParent() == null && ex instanceof CommandLine.UnmatchedArgumentException unmatched
                    && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
                message = "unknown command '" + unmatched.getUnmatched().get(0) + "' (commands: "
                        + String.join(", ", cmd.getSubcommands().keySet()) + ")";
            }
            err.println(cmd.getParent() == null ? "adcheck: " + message
                    : "adcheck " + cmd.getCommandName() + ": " + message);
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((thrown, cmd, parseResult) -> report(thrown, cmd, err, debug));
        int code;
        try {
            code = cli.execute(args);
        } catch (Error e) {
            // Errors (e.g. a failed static initializer) bypass picocli's handler: same treatment.
            code = report(e, cli, err, debug);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int report(Throwable thrown, CommandLine cmd, PrintWriter err, boolean debug) {
        Throwable ex = thrown;
        while ((ex instanceof ExceptionInInitializerError || ex instanceof java.util.concurrent.ExecutionException)
                && ex.getCause() != null) {
            ex = ex.getCause();
        }
        String prefix = cmd.getParent() == null ? "adcheck: " : "adcheck " + cmd.getCommandName() + ": ";
        int code;
        if (ex instanceof FixtureException fe) {
            for (String problem : fe.problems()) {
                err.println(prefix + problem);
            }
            code = BAD_INPUT;
        } else if (ex instanceof ExpressionSyntaxException
                || ex instanceof BackendUnavailableException
                || ex instanceof UserInputException) {
            err.println(prefix + ex.getMessage());
            code = BAD_INPUT;
        } else {
            err.println(prefix + "internal error: " + ex + " (rerun with --debug for the stack trace)");
            code = INTERNAL_ERROR;
        }
        if (debug) {
            thrown.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AdcheckCommand.class.getPackage().getImplementationVersion();
            return new String[] {"adcheck " + (v == null ? "(development build)" : v)};
        }
    }
}
