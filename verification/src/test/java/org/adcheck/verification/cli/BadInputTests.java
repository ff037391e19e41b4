package org.adcheck.verification.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code cli/bad-input.tsv}): every malformed expression, point and flag gets
 * exactly one line on stderr naming the place, exit code 2, and never a stack trace.
 */
class BadInputTests {

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = BadInputTests.class.getResourceAsStream("/cli/bad-input.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                int exit = Integer.parseInt(columns[0]);
                String expected = columns[1];
                String[] args = Arrays.copyOfRange(columns, 2, columns.length);
                cases.add(Arguments.of(Named.of(args.length == 0 ? "(no arguments)" : String.join(" ", args), args), exit,
                        expected));
            }
        }
        assertThat(cases).as("bad-input corpus size").hasSizeGreaterThanOrEqualTo(50);
        return cases.stream();
    }

    @ParameterizedTest(name = "adcheck {0}")
    @MethodSource("corpus")
    void badInputGivesOneClearLineAndExitCode2(String[] args, int exit, String expected) {
        Cli cli = Cli.run(args);
        assertThat(cli.err()).isEqualTo(expected + System.lineSeparator());
        assertThat(cli.exitCode()).isEqualTo(exit);
        assertThat(cli.out() + cli.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @org.junit.jupiter.api.Test
    void debugAddsTheStackTraceAfterTheMessage() {
        Cli cli = Cli.run("check", "(x", "--at", "x=1", "--debug");
        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).startsWith("adcheck check: 1:3: expected ')' to close '(' opened at 1:1, found end of input"
                + System.lineSeparator());
        assertThat(cli.err()).contains("ExpressionSyntaxException").contains("\tat ");
    }
}
