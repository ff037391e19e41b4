package org.adcheck.verification.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code index.html} in headless Chromium and reads the marks its script leaves on the DOM:
 * {@code <body data-rendered="ok">} when the script ran to the end, {@code <html data-script-error>}
 * on any error, and {@code <body data-selftest="ok">} after the {@code ?selftest} exercise of
 * sorting, filtering and row details.
 *
 * <p>Needs Chromium at {@code /usr/bin/chromium} (Debian: {@code apt-get install -y chromium}), or
 * wherever {@code -Dadcheck.chromium=PATH} says.
 */
class HtmlReportRenderTests {

    private static final Path CHROMIUM = Path.of(System.getProperty("adcheck.chromium", "/usr/bin/chromium"));
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @BeforeAll
    static void chromiumIsInstalled() {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("headless Chromium is needed at %s to render index.html: install it with "
                        + "'apt-get install -y chromium' (Debian), or point -Dadcheck.chromium=PATH at it", CHROMIUM)
                .isTrue();
    }

    @Test
    void theReportRendersWithoutScriptErrors() throws Exception {
        String dom = render(SampleReports.realistic(), "");

        assertThat(startTag(dom, "html")).doesNotContain("data-script-error");
        assertThat(startTag(dom, "body")).contains("data-rendered=\"ok\"");
        assertThat(dom).contains("8 of 8 fixtures shown");
    }

    @Test
    void theSelfTestSortsFiltersAndOpensDetails() throws Exception {
        String dom = render(SampleReports.realistic(), "?selftest");

        assertThat(startTag(dom, "html")).doesNotContain("data-script-error");
        assertThat(startTag(dom, "body")).contains("data-selftest=\"ok\"").contains("data-rendered=\"ok\"");
    }

    @Test
    void anEmptyRunRendersToo() throws Exception {
        RunReport empty = new RunReport(SampleReports.realistic().metadata(), List.of());

        String dom = render(empty, "?selftest");

        assertThat(startTag(dom, "html")).doesNotContain("data-script-error");
        assertThat(startTag(dom, "body")).contains("data-selftest=\"ok\"").contains("data-rendered=\"ok\"");
    }

    /** The marks can fail: a page whose script throws is caught. */
    @Test
    void aScriptErrorIsReported() throws Exception {
        String html = ReportWriter.toHtml(SampleReports.realistic())
                .replace("var shown = document.getElementById('shown');", "var shown = noSuchFunction();");
        Path file = Files.writeString(dir.resolve("broken.html"), html, StandardCharsets.UTF_8);

        String dom = dumpDom(file, "");

        assertThat(startTag(dom, "html")).contains("data-script-error=\"Uncaught ReferenceError: noSuchFunction is not "
                + "defined at ");
        assertThat(startTag(dom, "body")).doesNotContain("data-rendered");
    }

    /** The self-test can fail: a page whose sort ignores the direction is caught. */
    @Test
    void aBrokenSortFailsTheSelfTest() throws Exception {
        String original = "return compare(key(a, column), key(b, column)) * direction || byIndex(a, b);";
        String html = ReportWriter.toHtml(SampleReports.realistic());
        assertThat(html).contains(original);
        Path file = Files.writeString(dir.resolve("unsorted.html"),
                html.replace(original, "return compare(key(a, column), key(b, column)) || byIndex(a, b);"),
                StandardCharsets.UTF_8);

        String dom = dumpDom(file, "?selftest");

        assertThat(startTag(dom, "body")).contains("data-selftest=\"failed: column 0 is not sorted down; ");
    }

    private String render(RunReport report, String query) throws Exception {
        Path out = dir.resolve("report");
        ReportWriter.write(report, out);
        return dumpDom(out.resolve(ReportWriter.HTML), query);
    }

    /** The DOM after the page's scripts ran, as headless Chromium dumps it. */
    private String dumpDom(Path html, String query) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--dump-dom", html.toUri() + query));
        Path stdout = dir.resolve("chromium.out");
        Path stderr = dir.resolve("chromium.err");
        Process chromium = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        String dom = Files.readString(stdout, StandardCharsets.UTF_8);
        assertThat(chromium.exitValue()).as("chromium's exit code; its stderr:%n%s", Files.readString(stderr)).isZero();
        assertThat(dom).as("chromium's dumped DOM; its stderr:%n%s", Files.readString(stderr)).contains("<body");
        return dom;
    }

    private static String startTag(String dom, String element) {
        Matcher tag = Pattern.compile("<" + element + "(\\s[^>]*)?>").matcher(dom);
        assertThat(tag.find()).as("a <%s> tag in the dumped DOM", element).isTrue();
        return tag.group();
    }
}
