package org.adcheck.verification.report;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG bar charts of {@link ErrorHistogram}s: one group of bars per decade of relative
 * error, one bar per backend pair, on a logarithmic count axis so that a handful of bad checks
 * among thousands of good ones stays visible.
 */
final class ErrorChart {

    /** Colour-blind-friendly categorical colours (Tableau 10, red last: red means DISAGREE here). */
    static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2",
            "#9c755f", "#ff9da7", "#edc948", "#bab0ac", "#e15759");

    private static final int LEFT = 58;
    private static final int RIGHT = 14;
    private static final int LEGEND_ROW = 18;
    private static final int BOTTOM = 46;

    /** One backend pair's counts and colour. */
    record Series(String pair, String color, int[] counts) {
        long total() {
            long n = 0;
            for (int c : counts) {
                n += c;
            }
            return n;
        }
    }

    private ErrorChart() {}

    /** The colour of the {@code index}th pair. */
    static String color(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    /**
     * An SVG chart of {@code series}, {@code width × height} pixels.
     *
     * @param label what the chart shows, for screen readers
     */
    static String svg(List<Series> series, int width, int height, String label) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg class=\"chart\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                width, height, width, height, HtmlText.escape(label)));
        double plotWidth = width - LEFT - RIGHT;
        int top = legend(svg, series, width) + 14;
        double plotHeight = height - top - BOTTOM;
        double bottom = top + plotHeight;
        long max = 0;
        for (Series s : series) {
            for (int c : s.counts()) {
                max = Math.max(max, c);
            }
        }
        if (max == 0) {
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"empty\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">no comparable checks</text>",
                    LEFT + plotWidth / 2, top + plotHeight / 2));
            return svg.append("</svg>").toString();
        }
        int decades = (int) Math.ceil(Math.log10(max));
        double scale = Math.log10(1 + Math.pow(10, Math.max(1, decades)));
        // Horizontal grid lines and count labels at powers of ten.
        int step = decades > 5 ? 2 : 1;
        for (int d = 0; d <= Math.max(1, decades); d += step) {
            double value = Math.pow(10, d);
            double y = bottom - plotHeight * Math.log10(1 + value) / scale;
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    LEFT, LEFT + plotWidth, y, y, LEFT - 6, y + 3.5, countLabel(value)));
        }
        double band = plotWidth / ErrorHistogram.BINS;
        double group = band * 0.78;
        double bar = series.isEmpty() ? 0 : group / series.size();
        for (int k = 0; k < ErrorHistogram.BINS; k++) {
            double x0 = LEFT + k * band + (band - group) / 2;
            for (int i = 0; i < series.size(); i++) {
                Series s = series.get(i);
                int count = s.counts()[k];
                if (count == 0) {
                    continue;
                }
                double h = Math.max(1.5, plotHeight * Math.log10(1 + count) / scale);
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                                + "<title>%s: %s %s with relative error %s</title></rect>",
                        x0 + i * bar, bottom - h, Math.max(1, bar - 0.6), h, s.color(), HtmlText.escape(s.pair()),
                        ErrorNotation.count(count), count == 1 ? "check" : "checks", binRange(k)));
            }
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    LEFT + (k + 0.5) * band, bottom + 15, HtmlText.escape(binLabel(k))));
        }
        svg.append(String.format(Locale.ROOT,
                "<line class=\"axis\" x1=\"%d\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                        + "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%.1f\"/>",
                LEFT, LEFT + plotWidth, bottom, bottom, LEFT, LEFT, top, bottom));
        svg.append(String.format(Locale.ROOT,
                "<text class=\"axis-title\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">"
                        + "log\u2081\u2080 relative error (decade)</text>",
                LEFT + plotWidth / 2, (double) height - 8));
        svg.append(String.format(Locale.ROOT,
                "<text class=\"axis-title\" transform=\"translate(14 %.1f) rotate(-90)\" text-anchor=\"middle\">"
                        + "checks (log scale)</text>",
                top + plotHeight / 2));
        return svg.append("</svg>").toString();
    }

    /** Draws the legend, wrapping its entries into rows, and returns where it ends. */
    private static int legend(StringBuilder svg, List<Series> series, int width) {
        double x = LEFT;
        int y = 10;
        for (Series s : series) {
            String text = s.pair() + " (" + ErrorNotation.count(s.total()) + ")";
            double entry = 16 + text.length() * 6.4 + 18;
            if (x > LEFT && x + entry - 18 > width - RIGHT) {
                x = LEFT;
                y += LEGEND_ROW;
            }
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"11\" height=\"11\" rx=\"2\" fill=\"%s\"/>"
                            + "<text class=\"legend\" x=\"%.1f\" y=\"%d\">%s</text>",
                    x, y, s.color(), x + 16, y + 10, HtmlText.escape(text)));
            x += entry;
        }
        return y + 11;
    }

    /** The x-axis label of bin {@code k}: {@code exact}, {@code <-16}, {@code -16} … {@code -1}, {@code ≥0}. */
    static String binLabel(int k) {
        if (k == 0) {
            return "exact";
        }
        if (k == 1) {
            return "<-16";
        }
        if (k == ErrorHistogram.BINS - 1) {
            return "\u22650";
        }
        return String.valueOf(k - 18);
    }

    /** The range of bin {@code k} in words, for tooltips. */
    static String binRange(int k) {
        if (k == 0) {
            return "0 (exact)";
        }
        if (k == 1) {
            return "below 1e-16";
        }
        if (k == ErrorHistogram.BINS - 1) {
            return "of 1 or more";
        }
        return "in [1e" + (k - 18) + ", 1e" + (k - 17) + ")";
    }

    private static String countLabel(double value) {
        if (value >= 1e6) {
            return String.format(Locale.ROOT, "%.0fM", value / 1e6);
        }
        if (value >= 1e3) {
            return String.format(Locale.ROOT, "%.0fk", value / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
