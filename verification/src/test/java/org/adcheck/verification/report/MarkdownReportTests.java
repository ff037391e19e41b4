package org.adcheck.verification.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTests {

    private final RunReport report = SampleReports.realistic();
    private final String markdown = ReportWriter.toMarkdown(report);

    @Test
    void startsWithTheStatusAndTheTotals() {
        assertThat(markdown.lines().toList()).startsWith(
                "### adcheck: ❌ FAIL: 3 DISAGREE in 1 of 8 fixtures; 8 INCONCLUSIVE in 1 fixture",
                "",
                "**Totals:** 23,409 AGREE · 585 NON_FINITE · 12 KINK · 8 INCONCLUSIVE · 3 DISAGREE (checks over 8 "
                        + "fixtures, 8,006 points)");
    }

    @Test
    void hasOneTableRowPerFixtureWithTheHeadersColumnCount() {
        List<String> table = tableLines();
        int columns = cells(table.get(0)).size();

        assertThat(table).hasSize(2 + report.fixtures().size());
        assertThat(columns).isEqualTo(3 + 5 + 6 + 1);
        assertThat(table.get(1)).isEqualTo("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (String row : table) {
            assertThat(cells(row)).as(row).hasSize(columns);
        }
        assertThat(cells(table.get(0))).startsWith("fixture", "expression", "points", "AGREE", "NON_FINITE", "KINK",
                "INCONCLUSIVE", "DISAGREE", "forward-ad~pytorch").endsWith("odd one out");
    }

    @Test
    void aRowHasCountsWorstErrorsAndTheOddOneOut() {
        String row = tableLines().stream().filter(l -> l.startsWith("| mutated-sin ")).findFirst().orElseThrow();

        assertThat(cells(row)).startsWith("mutated-sin", "`sin(x) * cos(y) + x/y`", "1,000", "2,997", "0", "0", "0",
                "**3**").endsWith("forward-ad");
        assertThat(cells(row).get(8)).matches("\\d(\\.\\d)?e-\\d+");
    }

    @Test
    void escapesPipesInExpressions() {
        String row = tableLines().stream().filter(l -> l.startsWith("| java-softmax ")).findFirst().orElseThrow();

        assertThat(cells(row).get(1)).isEqualTo("`java:Softmax<double>(n=3) \\| \"x<y\" & 'z'`");
    }

    @Test
    void cutsLongExpressions() {
        String row = tableLines().stream().filter(l -> l.startsWith("| beale ")).findFirst().orElseThrow();

        assertThat(cells(row).get(1)).isEqualTo("`(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y…`");
    }

    @Test
    void codeSpansSurviveBackticks() {
        assertThat(MarkdownReport.code("a`b")).isEqualTo("``a`b``");
        assertThat(MarkdownReport.code("`a")).isEqualTo("`` `a ``");
        assertThat(MarkdownReport.cell("a|b\nc")).isEqualTo("a\\|b c");
    }

    @Test
    void foldsTheFindingsOfProblemFixtures() {
        assertThat(markdown).contains("<details><summary>mutated-sin: 3 DISAGREE</summary>\n\n```text\nDISAGREE in "
                + "'mutated-sin', ∂f/∂x at (x=0.25, y=1.5)\n");
        assertThat(markdown).contains("<details><summary>cancellation: 8 INCONCLUSIVE</summary>");
    }

    private List<String> tableLines() {
        return markdown.lines().filter(l -> l.startsWith("|")).toList();
    }

    /** The cells of a table row, split on unescaped pipes, trimmed. */
    private static List<String> cells(String row) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }
}
