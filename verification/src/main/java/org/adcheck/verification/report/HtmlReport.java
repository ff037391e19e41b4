package org.adcheck.verification.report;

import static org.adcheck.verification.report.HtmlText.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.adcheck.verification.Verdict;

/**
 * Renders {@code index.html}: one self-contained page (inline CSS, script and SVG; no network, no
 * external file) with the run's summary, a chart of relative errors per backend pair, and a table
 * of fixtures that sorts on a header click and filters by text and by "only problems". A row click
 * opens the fixture's details: its error chart, its worst errors and its findings.
 *
 * <p>The page checks itself: the script marks {@code <body data-rendered="ok">} when it has run,
 * {@code <html data-script-error="...">} on any script error, and with {@code ?selftest} in the
 * URL it exercises sorting and filtering and marks {@code <body data-selftest="ok">} (or
 * {@code "failed: ..."}). {@code HtmlReportRenderTests} reads these marks from headless Chromium.
 */
final class HtmlReport {

    /** How many problem fixtures the summary links to. */
    static final int ATTENTION_LINKS = 12;

    private static final int MAIN_CHART_WIDTH = 1280;
    private static final int MAIN_CHART_HEIGHT = 330;
    private static final int FIXTURE_CHART_WIDTH = 600;
    private static final int FIXTURE_CHART_HEIGHT = 270;

    private HtmlReport() {}

    static String render(RunReport report) {
        RunSummary summary = new RunSummary(report);
        StringBuilder html = new StringBuilder(64 * 1024);
        RunMetadata m = report.metadata();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>adcheck report: ").append(escape(summary.status())).append("</title>\n")
                .append("<script>").append(HtmlAssets.ERROR_TRAP).append("</script>\n")
                .append("<style>").append(HtmlAssets.CSS).append("</style>\n")
                .append("</head>\n<body>\n<main>\n");
        header(html, summary, m);
        chart(html, summary);
        table(html, summary);
        html.append("<footer>adcheck ").append(escape(m.adcheckVersion()))
                .append(" · a self-contained page: no network, no external files · click a row for details, ")
                .append("a header to sort</footer>\n</main>\n");
        html.append("<script>").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void header(StringBuilder html, RunSummary summary, RunMetadata m) {
        String state = summary.fails() ? "fail" : summary.problems().isEmpty() ? "pass" : "warn";
        html.append("<header>\n<h1>adcheck report</h1>\n")
                .append("<p class=\"subtitle\">automatic differentiation checked against independent backends</p>\n")
                .append("<div class=\"status ").append(state).append("\" id=\"status\">")
                .append(escape(summary.status())).append("</div>\n");
        attention(html, summary);
        html.append("<dl class=\"meta\">\n");
        meta(html, "date", m.date());
        meta(html, "seed", String.valueOf(m.seed()));
        meta(html, "points per fixture", ErrorNotation.count(m.pointsPerFixture()) + " random + goldens");
        meta(html, "fixtures", ErrorNotation.count(summary.report().fixtures().size()) + " ("
                + ErrorNotation.count(summary.totalPoints()) + " points, "
                + ErrorNotation.count(summary.totalChecks()) + " checks)");
        meta(html, "catalog", m.catalog() + (m.tags().isEmpty() ? "" : " · tags " + String.join(", ", m.tags())));
        meta(html, "duration", String.format(Locale.ROOT, "%.1f s", m.durationSeconds()));
        html.append("<dt>backends</dt><dd class=\"backends\">");
        for (RunMetadata.BackendInfo b : m.backends()) {
            html.append("<span class=\"chip\"><b>").append(escape(b.name())).append("</b> ")
                    .append(escape(b.version())).append("</span>");
        }
        if (!m.pytorchVersion().isEmpty() && m.backends().stream().noneMatch(b -> b.version().equals(m.pytorchVersion()))) {
            html.append("<span class=\"muted\">PyTorch ").append(escape(m.pytorchVersion())).append("</span>");
        }
        html.append("</dd>\n</dl>\n<div class=\"cards\">\n");
        long checks = summary.totalChecks();
        for (Verdict v : Verdict.values()) {
            int n = summary.report().total(v.name());
            String share = checks == 0 ? "" : String.format(Locale.ROOT, "%.2f%%", 100.0 * n / checks);
            html.append("<div class=\"card v-").append(v.name()).append(n == 0 ? " none" : "").append("\">")
                    .append("<div class=\"label\">").append(v.name()).append("</div>")
                    .append("<div class=\"n\">").append(ErrorNotation.count(n)).append("</div>")
                    .append("<div class=\"share\">").append(share).append(" of checks</div></div>\n");
        }
        html.append("</div>\n</header>\n");
    }

    /**
     * Links to the fixtures that need a look: DISAGREE first, then INCONCLUSIVE, most checks first;
     * at most {@value #ATTENTION_LINKS}, the rest counted.
     */
    private static void attention(StringBuilder html, RunSummary summary) {
        List<FixtureReport> fixtures = summary.report().fixtures();
        List<Integer> problems = new ArrayList<>();
        for (int i = 0; i < fixtures.size(); i++) {
            if (RunSummary.isProblem(fixtures.get(i))) {
                problems.add(i);
            }
        }
        if (problems.isEmpty()) {
            return;
        }
        String disagree = Verdict.DISAGREE.name();
        String inconclusive = Verdict.INCONCLUSIVE.name();
        problems.sort(Comparator.<Integer>comparingInt(i -> -fixtures.get(i).count(disagree))
                .thenComparingInt(i -> -fixtures.get(i).count(inconclusive)));
        html.append("<p class=\"attention\">Needs attention: ");
        for (int k = 0; k < Math.min(ATTENTION_LINKS, problems.size()); k++) {
            int i = problems.get(k);
            FixtureReport f = fixtures.get(i);
            html.append(k == 0 ? "" : ", ").append("<a href=\"#").append(anchor(i, f)).append("\"")
                    .append(f.count(disagree) > 0 ? " class=\"disagree\"" : "").append(">").append(escape(f.name()))
                    .append("</a> <span class=\"muted\">(").append(escape(problemCounts(f))).append(")</span>");
        }
        if (problems.size() > ATTENTION_LINKS) {
            html.append(" <span class=\"muted\">and ").append(problems.size() - ATTENTION_LINKS)
                    .append(" more: tick “only problems” below</span>");
        }
        html.append("</p>\n");
    }

    private static void meta(StringBuilder html, String key, String value) {
        html.append("<dt>").append(escape(key)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private static String problemCounts(FixtureReport f) {
        StringBuilder text = new StringBuilder();
        for (Verdict v : List.of(Verdict.DISAGREE, Verdict.INCONCLUSIVE)) {
            if (f.count(v.name()) > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(f.count(v.name())).append(' ').append(v.name());
            }
        }
        return text.toString();
    }

    private static void chart(StringBuilder html, RunSummary summary) {
        html.append("<section class=\"chart-section\">\n<h2>Relative error between backends</h2>\n")
                .append("<p class=\"muted\">Every value and partial derivative checked in this run, by the decade of ")
                .append("its relative error, for each pair of backends (kinks and non-finite results excluded). ")
                .append("Analytic backends should sit at the left; finite differences a few decades further right. ")
                .append("Hover a bar for its count.</p>\n");
        html.append(ErrorChart.svg(summary.series(summary.report().fixtures()), MAIN_CHART_WIDTH, MAIN_CHART_HEIGHT,
                "distribution of log10 relative error per backend pair over the whole run"));
        html.append("\n</section>\n");
    }

    private static void table(StringBuilder html, RunSummary summary) {
        List<String> pairs = summary.pairs();
        int columns = 9 + pairs.size();
        html.append("<section>\n<h2>Fixtures</h2>\n<div class=\"toolbar\">")
                .append("<input type=\"search\" id=\"filter\" placeholder=\"Filter by name, tag or expression\" ")
                .append("aria-label=\"filter fixtures\">")
                .append("<label><input type=\"checkbox\" id=\"only-problems\"> only problems ")
                .append("<span class=\"muted\">(DISAGREE or INCONCLUSIVE)</span></label>")
                .append("<span id=\"shown\" class=\"muted\"></span>")
                .append("<button type=\"button\" id=\"expand-all\">expand all</button>")
                .append("<button type=\"button\" id=\"collapse-all\">collapse all</button></div>\n");
        html.append("<div class=\"table-wrap\">\n<table id=\"fixtures\">\n<thead><tr>")
                .append("<th data-type=\"text\" scope=\"col\">fixture</th>")
                .append("<th data-type=\"text\" scope=\"col\">expression</th>")
                .append("<th data-type=\"number\" class=\"num\" scope=\"col\">points</th>");
        // Verdict and pair headers are set vertically: a dozen numeric columns then fit 1300 pixels.
        for (Verdict v : Verdict.values()) {
            html.append("<th data-type=\"number\" class=\"num vertical\" scope=\"col\"><span>")
                    .append(v.name()).append("</span></th>");
        }
        for (String pair : pairs) {
            html.append("<th data-type=\"number\" class=\"num vertical\" scope=\"col\" title=\"worst relative error, ")
                    .append(escape(pair)).append("\"><span><span class=\"swatch\" style=\"background:")
                    .append(summary.color(pair)).append("\"></span>").append(pairLabel(pair)).append("</span></th>");
        }
        html.append("<th data-type=\"text\" scope=\"col\">odd one out</th></tr></thead>\n");
        List<FixtureReport> fixtures = summary.report().fixtures();
        for (int i = 0; i < fixtures.size(); i++) {
            row(html, summary, fixtures.get(i), i, columns);
        }
        html.append("</table>\n</div>\n<p id=\"no-match\" class=\"muted\" hidden>No fixture matches the filter.</p>\n")
                .append("<p class=\"muted small\">Verdict counts are per check: the value and each partial ")
                .append("derivative at each point. Error columns show the worst relative error of each backend pair.")
                .append("</p>\n</section>\n");
    }

    private static void row(StringBuilder html, RunSummary summary, FixtureReport f, int index, int columns) {
        String search = (f.name() + " " + String.join(" ", f.tags()) + " " + f.expression()).toLowerCase(Locale.ROOT);
        html.append("<tbody id=\"").append(anchor(index, f)).append("\" data-index=\"").append(index)
                .append("\" data-name=\"").append(escape(f.name()))
                .append("\" data-search=\"").append(escape(search))
                .append("\" data-problem=\"").append(RunSummary.isProblem(f) ? 1 : 0).append("\">\n")
                .append("<tr class=\"row\">");
        html.append("<td data-sort=\"").append(escape(f.name())).append("\"><button type=\"button\" class=\"toggle\" ")
                .append("aria-expanded=\"false\"><span class=\"caret\">▸</span>").append(escape(f.name()))
                .append("</button>");
        if (!f.tags().isEmpty()) {
            html.append("<div class=\"tags\">");
            f.tags().forEach(t -> html.append("<span class=\"tag\">").append(escape(t)).append("</span>"));
            html.append("</div>");
        }
        html.append("</td>");
        html.append("<td data-sort=\"").append(escape(f.expression())).append("\"><code class=\"expr\" title=\"")
                .append(escape(f.expression())).append("\">").append(escape(f.expression())).append("</code></td>");
        html.append("<td class=\"num\" data-sort=\"").append(f.points()).append("\">")
                .append(ErrorNotation.count(f.points())).append("</td>");
        for (Verdict v : Verdict.values()) {
            int n = f.count(v.name());
            html.append("<td class=\"num ").append(n == 0 ? "zero" : "c-" + v.name()).append("\" data-sort=\"")
                    .append(n).append("\">").append(ErrorNotation.count(n)).append("</td>");
        }
        for (String pair : summary.pairs()) {
            var worst = RunSummary.worst(f, pair);
            if (worst.isEmpty()) {
                html.append("<td class=\"num zero\" data-sort=\"-1\" title=\"not compared\">—</td>");
                continue;
            }
            double e = worst.get().relativeError();
            html.append("<td class=\"num err ").append(errorClass(e)).append("\" data-sort=\"")
                    .append(Double.isNaN(e) ? "1e308" : String.valueOf(e)).append("\" title=\"")
                    .append(escape(RunSummary.quantity(worst.get()) + " at " + RunSummary.point(worst.get())))
                    .append("\">").append(ErrorNotation.error(e)).append("</td>");
        }
        html.append("<td data-sort=\"").append(escape(f.oddOneOut())).append("\">")
                .append(f.oddOneOut().isEmpty() ? "" : "<span class=\"odd\">" + escape(f.oddOneOut()) + "</span>")
                .append("</td></tr>\n");
        details(html, summary, f, columns);
        html.append("</tbody>\n");
    }

    private static void details(StringBuilder html, RunSummary summary, FixtureReport f, int columns) {
        html.append("<tr class=\"detail\"><td colspan=\"").append(columns).append("\"><div class=\"detail-grid\">")
                .append("<div>");
        html.append(ErrorChart.svg(summary.series(List.of(f)), FIXTURE_CHART_WIDTH, FIXTURE_CHART_HEIGHT,
                "distribution of log10 relative error per backend pair for " + f.name()));
        html.append("</div><div class=\"detail-facts\"><dl class=\"facts\">")
                .append("<dt>expression</dt><dd><code>").append(escape(f.expression())).append("</code></dd>")
                .append("<dt>variables</dt><dd>").append(escape(String.join(", ", f.variables()))).append("</dd>");
        if (!f.tags().isEmpty()) {
            html.append("<dt>tags</dt><dd>").append(escape(String.join(", ", f.tags()))).append("</dd>");
        }
        html.append("</dl>");
        if (!f.worstErrors().isEmpty()) {
            html.append("<table class=\"worst\"><thead><tr><th>pair</th><th class=\"num\">worst relative error</th>")
                    .append("<th>of</th><th>at</th></tr></thead><tbody>");
            for (FixtureReport.WorstError w : f.worstErrors()) {
                html.append("<tr><td><span class=\"swatch\" style=\"background:").append(summary.color(w.pair()))
                        .append("\"></span>").append(escape(w.pair())).append("</td><td class=\"num err ")
                        .append(errorClass(w.relativeError())).append("\">").append(ErrorNotation.error(w.relativeError()))
                        .append("</td><td>").append(escape(RunSummary.quantity(w))).append("</td><td><code>")
                        .append(escape(RunSummary.point(w))).append("</code></td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</div></div>");
        if (!f.findings().isEmpty()) {
            html.append("<h4>Findings</h4>");
            for (String finding : f.findings()) {
                html.append("<pre class=\"finding\">").append(escape(finding.stripTrailing())).append("</pre>");
            }
        }
        html.append("</td></tr>\n");
    }

    /** {@code forward-ad<br>~ pytorch}: a pair on two lines. */
    private static String pairLabel(String pair) {
        int tilde = pair.indexOf('~');
        return tilde < 0 ? escape(pair) : escape(pair.substring(0, tilde)) + "<br>~ " + escape(pair.substring(tilde + 1));
    }

    /** A CSS class by the size of a relative error: {@code e-bad} above 1e-3, {@code e-warn} above 1e-6. */
    private static String errorClass(double e) {
        if (Double.isNaN(e) || e > 1e-3) {
            return "e-bad";
        }
        return e > 1e-6 ? "e-warn" : "e-ok";
    }

    /** A unique, URL-safe element id for a fixture. */
    private static String anchor(int index, FixtureReport f) {
        return "fx-" + index + "-" + f.name().replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
