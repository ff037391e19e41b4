package org.adcheck.verification.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: show stack traces. Read by {@link AdcheckCommand#execute} before parsing. */
final class DebugOption {
    @Option(names = "--debug", description = "Print stack traces for errors.")
    boolean debug;
}
