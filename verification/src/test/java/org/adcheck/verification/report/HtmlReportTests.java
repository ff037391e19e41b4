package org.adcheck.verification.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTests {

    private final RunReport report = SampleReports.realistic();
    private final String html = ReportWriter.toHtml(report);

    @Test
    void hasARowForEveryFixture() {
        for (FixtureReport f : report.fixtures()) {
            assertThat(html).contains("data-name=\"" + f.name() + "\"");
        }
        assertThat(count("<tr class=\"row\">")).isEqualTo(report.fixtures().size());
        assertThat(count("<tr class=\"detail\">")).isEqualTo(report.fixtures().size());
    }

    @Test
    void isSelfContained() {
        assertThat(html).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:")
                .doesNotContain("//cdn").doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("@import")
                .doesNotContainIgnoringCase("url(");
        assertThat(Pattern.compile("<script[^>]*\\ssrc=", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertThat(href.group(1)).as("every link stays in the page").startsWith("#");
        }
    }

    @Test
    void escapesExpressionsNamesAndFindings() {
        assertThat(html).contains("java:Softmax&lt;double&gt;(n=3) | &quot;x&lt;y&quot; &amp; &#39;z&#39;")
                .doesNotContain("Softmax<double>").doesNotContain("\"x<y\"");
        assertThat(html).contains("DISAGREE in &#39;mutated-sin&#39;, ∂f/∂x at (x=0.25, y=1.5)");
    }

    @Test
    void showsTheSummary() {
        assertThat(html).contains("FAIL: 3 DISAGREE in 1 of 8 fixtures; 8 INCONCLUSIVE in 1 fixture")
                .contains("<dt>date</dt><dd>2025-06-01T12:00:00Z</dd>")
                .contains("<dt>seed</dt><dd>1</dd>")
                .contains("<dt>points per fixture</dt><dd>1,000 random + goldens</dd>")
                .contains("<b>pytorch</b> 2.7.1").contains("<b>hipparchus</b> 4.0.3");
        assertThat(html).contains("<div class=\"label\">DISAGREE</div><div class=\"n\">3</div>");
        assertThat(html).contains("<div class=\"label\">AGREE</div><div class=\"n\">23,409</div>");
    }

    @Test
    void linksTheFixturesThatNeedAttentionDisagreeFirst() {
        assertThat(html).contains("<p class=\"attention\">Needs attention: <a href=\"#fx-5-mutated-sin\" class=\"disagree\">"
                + "mutated-sin</a> <span class=\"muted\">(3 DISAGREE)</span>, <a href=\"#fx-4-cancellation\">cancellation</a> "
                + "<span class=\"muted\">(8 INCONCLUSIVE)</span></p>");
        assertThat(html).contains("id=\"fx-5-mutated-sin\"").contains("id=\"fx-4-cancellation\"");
    }

    @Test
    void hasARunChartAndOneChartPerFixtureWithEveryPairInTheLegend() {
        assertThat(count("<svg class=\"chart\"")).isEqualTo(1 + report.fixtures().size());
        String runChart = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        for (String pair : List.of("forward-ad~pytorch", "forward-ad~finite-difference", "forward-ad~hipparchus",
                "pytorch~finite-difference", "pytorch~hipparchus", "finite-difference~hipparchus")) {
            assertThat(runChart).contains(">" + pair + " (23,420)</text>");
        }
        assertThat(runChart).contains("log\u2081\u2080 relative error (decade)").contains("checks (log scale)")
                .contains(">exact</text>").contains(">-16</text>").contains(">\u22650</text>");
    }

    @Test
    void showsFindingsInPreOnlyForFixturesWithFindings() {
        assertThat(count("<pre class=\"finding\">")).isEqualTo(2);
        int mutated = html.indexOf("data-name=\"mutated-sin\"");
        int next = html.indexOf("<tbody id=", mutated);
        assertThat(html.substring(mutated, next)).contains("<pre class=\"finding\">DISAGREE in");
    }

    @Test
    void hasTheFilterTheProblemSwitchAndSortableHeaders() {
        assertThat(html).contains("<input type=\"search\" id=\"filter\"")
                .contains("<input type=\"checkbox\" id=\"only-problems\">");
        assertThat(count("<th data-type=")).isEqualTo(3 + 5 + 6 + 1);
        assertThat(html).contains("data-problem=\"1\"").contains("data-problem=\"0\"");
    }

    @Test
    void anEmptyRunStillRenders() {
        String empty = ReportWriter.toHtml(new RunReport(report.metadata(), List.of()));

        assertThat(empty).contains("PASS: no DISAGREE in 0 fixtures (0 points)").contains("no comparable checks")
                .endsWith("</html>\n");
    }

    private int count(String text) {
        int n = 0;
        for (int i = html.indexOf(text); i >= 0; i = html.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }
}
