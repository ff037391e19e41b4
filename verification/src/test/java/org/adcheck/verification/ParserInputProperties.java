package org.adcheck.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sageserpent.americium.java.Trials;
import com.sageserpent.americium.java.TrialsApi;
import com.sageserpent.americium.java.TrialsFactoring;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.adcheck.expr.Expr;
import org.adcheck.expr.ExpressionSyntaxException;
import org.adcheck.expr.Expressions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Hostile input for the parser: random strings and random token sequences. The only exception
 * allowed out is {@link ExpressionSyntaxException}, and its position lies inside the input (or
 * just past its end); whatever parses must print and parse back to the same tree.
 */
class ParserInputProperties {

    private static final TrialsApi API = Trials.api();

    private static final List<String> TOKENS = List.of("x", "y1", "e", "pi", "2", "2.5", ".5", "1e-3", "1e+", "2..5",
            "+", "-", "*", "/", "^", "**", "(", ")", ",", " ", "\n", "sin", "atan2", "max", "foo", "ln", "×", "−",
            "$", "|", "\t", "😀", "_a", "1e999");

    static Trials<String> randomStrings() {
        return API.characters((char) 0, (char) 0x2FFF).immutableLists().map(cs -> {
            StringBuilder b = new StringBuilder();
            cs.forEach(b::append);
            return b.toString();
        });
    }

    static Trials<String> tokenSequences() {
        return API.choose(TOKENS).immutableLists().map(ts -> String.join("", ts));
    }

    static void parsesOrFailsCleanly(String source) {
        try {
            Expr e = Expressions.parse(source);
            assertThat(Expressions.parse(Expressions.print(e))).isEqualTo(e);
        } catch (ExpressionSyntaxException e) {
            long lines = source.chars().filter(c -> c == '\n').count() + 1;
            assertThat(e.line()).as("line of %s in %s", e.getMessage(), source).isBetween(1, (int) lines);
            assertThat(e.column()).as("column of %s", e.getMessage()).isBetween(1, source.codePointCount(0,
                    source.length()) + 1);
            assertThat(e.getMessage()).startsWith(e.line() + ":" + e.column() + ": ");
        }
    }

    private static int check(Trials<String> trials, int cases) {
        AtomicInteger ran = new AtomicInteger();
        try {
            trials.withLimit(cases).supplyTo(source -> {
                ran.incrementAndGet();
                parsesOrFailsCleanly(source);
            });
        } catch (TrialsFactoring.TrialException e) {
            throw new AssertionFailedError("minimal failing input: " + e.provokingCase() + "\n"
                    + e.getCause() + "\nreplay with -Dtrials.recipeHash=" + e.recipeHash(), e);
        }
        return ran.get();
    }

    @Test
    void randomStringsOnlyEverGiveTheDocumentedSyntaxError() {
        int ran = check(randomStrings(), 3000);
        System.out.println("parser, random strings: " + ran + " cases");
        assertThat(ran).isGreaterThan(1000);
    }

    @Test
    void randomTokenSequencesOnlyEverGiveTheDocumentedSyntaxError() {
        int ran = check(tokenSequences(), 5000);
        System.out.println("parser, random token sequences: " + ran + " cases");
        assertThat(ran).isGreaterThan(2000);
    }
}
