package org.adcheck.expr;

/**
 * The source text is not a valid expression. The message reads {@code line:column: detail}, with
 * both counted from 1 and columns counted in Unicode code points, for example
 * {@code 1:7: expected ')' to close '(' opened at 1:4, found end of input}.
 *
 * <p>Unchecked, like every adcheck exception; it extends {@link IllegalArgumentException} because
 * the argument of {@link Expressions#parse} was wrong.
 */
public final class ExpressionSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String detail;

    ExpressionSyntaxException(String source, int line, int column, String detail) {
        super(line + ":" + column + ": " + detail);
        this.source = source;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** The line of the problem, from 1. */
    public int line() {
        return line;
    }

    /** The column of the problem, from 1, in code points; one past the line's end for "end of input". */
    public int column() {
        return column;
    }

    /** The message without its position, e.g. {@code unknown function 'foo'}. */
    public String detail() {
        return detail;
    }

    /** The whole text that failed to parse. */
    public String source() {
        return source;
    }

    /**
     * The offending line and a caret under the column, for showing to a user below the message:
     * <pre>
     * 2 × x
     *   ^
     * </pre>
     * Long lines are cut to about 60 code points around the column.
     */
    public String excerpt() {
        String text = source.lines().skip(line - 1L).findFirst().orElse("");
        int[] points = text.codePoints().map(c -> c == '\t' ? ' ' : c).toArray();
        int caret = column - 1;
        int from = Math.max(0, Math.min(caret - 30, points.length - 60));
        int to = Math.min(points.length, from + 60);
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append("...");
        }
        out.append(new String(points, from, to - from));
        if (to < points.length) {
            out.append("...");
        }
        out.append('\n').append(" ".repeat((from > 0 ? 3 : 0) + caret - from)).append('^');
        return out.toString();
    }

    static String arityDetail(String function, int expected, int actual) {
        return "'" + function + "' takes " + expected + (expected == 1 ? " argument" : " arguments") + ", got " + actual;
    }
}
