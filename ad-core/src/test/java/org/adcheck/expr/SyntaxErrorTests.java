package org.adcheck.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxErrorTests {

    private static final String CORPUS = "/malformed-expressions.tsv";

    static List<Arguments> malformedExpressions() {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = SyntaxErrorTests.class.getResourceAsStream(CORPUS);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
                    throw new IllegalStateException(CORPUS + ":" + number + ": expected two tab-separated columns");
                }
                String input = line.substring(0, tab).equals("<empty>") ? "" : unescape(line.substring(0, tab));
                cases.add(Arguments.of(CORPUS.substring(1) + ":" + number, input, line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("malformedExpressions")
    void parseRejectsMalformedInputWithExactMessage(String where, String input, String message) {
        assertThatThrownBy(() -> Expressions.parse(input))
                .isInstanceOf(ExpressionSyntaxException.class)
                .hasMessage(message);
    }

    @Test
    void corpusHasAtLeastFiftyCases() {
        assertThat(malformedExpressions()).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void exceptionCarriesPositionDetailAndSource() {
        String source = "f(x + (y";
        ExpressionSyntaxException e = catchThrowableOfType(ExpressionSyntaxException.class, () -> Expressions.parse("1 + (x + (y"));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.detail()).isEqualTo("expected ')' to close '(' opened at 1:10, found end of input");
        assertThat(e.getMessage()).isEqualTo("1:12: expected ')' to close '(' opened at 1:10, found end of input");
        assertThat(e.source()).isEqualTo("1 + (x + (y");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowableOfType(ExpressionSyntaxException.class, () -> Expressions.parse(source)).getMessage())
                .isEqualTo("1:1: unknown function 'f'");
    }

    @Test
    void excerptPointsAtTheColumn() {
        ExpressionSyntaxException e = catchThrowableOfType(ExpressionSyntaxException.class, () -> Expressions.parse("x +\n2 × y"));
        assertThat(e.excerpt()).isEqualTo("2 × y\n  ^");
    }

    @Test
    void excerptOfALongLineShowsTheNeighbourhoodOfTheColumn() {
        String source = "x + ".repeat(50) + "$" + " + x".repeat(50);
        ExpressionSyntaxException e = catchThrowableOfType(ExpressionSyntaxException.class, () -> Expressions.parse(source));
        assertThat(e.getMessage()).isEqualTo("1:201: unexpected character '$'");
        String[] lines = e.excerpt().split("\n");
        assertThat(lines[0]).startsWith("...").endsWith("...").contains("$");
        assertThat(lines[1].indexOf('^')).isEqualTo(lines[0].indexOf('$'));
    }

    @Test
    void quotesOfLongTokensAreClipped() {
        String longName = "a".repeat(60);
        assertThatThrownBy(() -> Expressions.parse("x " + longName))
                .hasMessage("1:3: expected an operator or end of input, found identifier '" + "a".repeat(40) + "...'");
        assertThatThrownBy(() -> Expressions.parse(longName + "(x)"))
                .hasMessage("1:1: unknown function '" + "a".repeat(40) + "...'");
    }

    @Test
    void reportsTheFirstProblemInReadingOrder() {
        assertThatThrownBy(() -> Expressions.parse("(x + × + foo(1)"))
                .hasMessage("1:6: unexpected character '×' (U+00D7); did you mean '*'?");
        assertThatThrownBy(() -> Expressions.parse("foo(x ×)"))
                .hasMessage("1:1: unknown function 'foo'");
    }

    /** Reads the escapes the corpus header documents. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalStateException("unknown escape \\" + next + " in " + text);
            }
        }
        return out.toString();
    }
}
