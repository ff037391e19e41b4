package org.adcheck.verification.report;

import java.util.List;
import org.adcheck.verification.Verdict;

/**
 * Renders {@code report.md}: a header line of totals and a GitHub-flavoured Markdown table with
 * one row per fixture (points, verdict counts, worst relative error per backend pair, odd one out),
 * followed by the findings of fixtures that need a look, folded in {@code <details>}. Meant to be
 * pasted into a pull-request comment.
 */
final class MarkdownReport {

    /** Expressions longer than this are cut in the table; the HTML and JSON reports have them whole. */
    static final int EXPRESSION_WIDTH = 60;

    private MarkdownReport() {}

    static String render(RunReport report) {
        RunSummary summary = new RunSummary(report);
        RunMetadata m = report.metadata();
        StringBuilder md = new StringBuilder();
        md.append("### adcheck: ").append(summary.fails() ? "❌ " : "✅ ").append(cell(summary.status())).append("\n\n");
        StringBuilder totals = new StringBuilder("**Totals:** ");
        String separator = "";
        for (Verdict v : Verdict.values()) {
            totals.append(separator).append(ErrorNotation.count(report.total(v.name()))).append(' ').append(v.name());
            separator = " · ";
        }
        md.append(totals).append(" (checks over ").append(ErrorNotation.count(report.fixtures().size()))
                .append(" fixtures, ").append(ErrorNotation.count(summary.totalPoints())).append(" points)\n\n");
        md.append("Seed ").append(m.seed()).append(", ").append(ErrorNotation.count(m.pointsPerFixture()))
                .append(" random points per fixture, ").append(cell(m.date())).append(". Backends: ");
        separator = "";
        for (RunMetadata.BackendInfo b : m.backends()) {
            md.append(separator).append(cell(b.name())).append(' ').append(cell(b.version()));
            separator = ", ";
        }
        md.append(".\n\n");
        table(md, summary);
        findings(md, summary);
        return md.toString();
    }

    private static void table(StringBuilder md, RunSummary summary) {
        List<String> pairs = summary.pairs();
        StringBuilder header = new StringBuilder("| fixture | expression | points |");
        StringBuilder rule = new StringBuilder("|---|---|---:|");
        for (Verdict v : Verdict.values()) {
            header.append(' ').append(v.name()).append(" |");
            rule.append("---:|");
        }
        for (String pair : pairs) {
            header.append(' ').append(cell(pair)).append(" |");
            rule.append("---:|");
        }
        header.append(" odd one out |");
        rule.append("---|");
        md.append(header).append('\n').append(rule).append('\n');
        for (FixtureReport f : summary.report().fixtures()) {
            StringBuilder row = new StringBuilder("| ").append(cell(f.name())).append(" | ")
                    .append(code(shorten(f.expression()))).append(" | ").append(ErrorNotation.count(f.points()))
                    .append(" |");
            for (Verdict v : Verdict.values()) {
                int n = f.count(v.name());
                String count = ErrorNotation.count(n);
                boolean loud = n > 0 && (v == Verdict.DISAGREE || v == Verdict.INCONCLUSIVE);
                row.append(' ').append(loud ? "**" + count + "**" : count).append(" |");
            }
            for (String pair : pairs) {
                row.append(' ').append(RunSummary.worst(f, pair).map(w -> ErrorNotation.error(w.relativeError()))
                        .orElse("—")).append(" |");
            }
            row.append(' ').append(cell(f.oddOneOut())).append(" |");
            md.append(row).append('\n');
        }
        md.append('\n');
    }

    private static void findings(StringBuilder md, RunSummary summary) {
        for (FixtureReport f : summary.problems()) {
            if (f.findings().isEmpty()) {
                continue;
            }
            md.append("<details><summary>").append(HtmlText.escape(f.name())).append(": ");
            String separator = "";
            for (Verdict v : List.of(Verdict.DISAGREE, Verdict.INCONCLUSIVE)) {
                if (f.count(v.name()) > 0) {
                    md.append(separator).append(f.count(v.name())).append(' ').append(v.name());
                    separator = ", ";
                }
            }
            md.append("</summary>\n\n");
            String fence = fence(f.findings());
            for (String finding : f.findings()) {
                md.append(fence).append("text\n").append(finding.stripTrailing()).append('\n').append(fence).append('\n');
            }
            md.append("\n</details>\n\n");
        }
    }

    /** A code fence longer than any run of backticks in the text. */
    private static String fence(List<String> texts) {
        int longest = 0;
        for (String text : texts) {
            int run = 0;
            for (int i = 0; i < text.length(); i++) {
                run = text.charAt(i) == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    /** Text for a table cell: {@code |} escaped, line breaks flattened. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /**
     * A code span for a table cell. GitHub splits table rows on every unescaped {@code |}, even in
     * code spans, so those are escaped too; the span's fence is longer than any backtick run inside.
     */
    static String code(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String body = text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
        return fence + pad + body + pad + fence;
    }

    private static String shorten(String expression) {
        return expression.length() <= EXPRESSION_WIDTH ? expression
                : expression.substring(0, EXPRESSION_WIDTH - 1).stripTrailing() + "…";
    }
}
