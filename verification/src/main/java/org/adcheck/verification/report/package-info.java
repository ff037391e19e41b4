/**
 * What a run leaves behind: the {@link org.adcheck.verification.report.RunReport} model, its three
 * files and the baseline gate. Start with
 * {@link org.adcheck.verification.report.ReportWriter#write ReportWriter.write(report, dir)}
 * ({@code report.json}, {@code index.html}, {@code report.md}),
 * {@link org.adcheck.verification.report.ReportWriter#readJson ReportWriter.readJson(file)} and
 * {@link org.adcheck.verification.report.BaselineComparison#compare BaselineComparison.compare(baseline, current)}.
 *
 * <p>The HTML page is one self-contained file: its style sheet, script and SVG charts are inline,
 * so it opens from a CI artifact or an e-mail attachment with no network.
 */
package org.adcheck.verification.report;
