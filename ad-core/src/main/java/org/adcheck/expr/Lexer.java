package org.adcheck.expr;

import java.util.Map;

/**
 * Turns source text into tokens, one at a time, on demand of the {@link Parser}.
 *
 * <p>It never throws: a stray character or a malformed number becomes an {@link Token.Type#ERROR}
 * token carrying its message, and the parser reports it when it reaches it. So the first problem
 * in reading order is the one reported, whichever phase finds it.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or {@code \r}; columns count code points from 1.
 */
final class Lexer {

    /** Characters that look like an operator or a paren of the language, and what was meant. */
    private static final Map<Integer, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry(0x00D7, "*"), // × multiplication sign
            Map.entry(0x00B7, "*"), // · middle dot
            Map.entry(0x22C5, "*"), // ⋅ dot operator
            Map.entry(0x2217, "*"), // ∗ asterisk operator
            Map.entry(0x2219, "*"), // ∙ bullet operator
            Map.entry(0xFF0A, "*"), // ＊ fullwidth asterisk
            Map.entry(0x00F7, "/"), // ÷ division sign
            Map.entry(0x2215, "/"), // ∕ division slash
            Map.entry(0x2044, "/"), // ⁄ fraction slash
            Map.entry(0xFF0F, "/"), // ／ fullwidth solidus
            Map.entry(0x2212, "-"), // − minus sign
            Map.entry(0x2010, "-"), // ‐ hyphen
            Map.entry(0x2011, "-"), // ‑ non-breaking hyphen
            Map.entry(0x2012, "-"), // ‒ figure dash
            Map.entry(0x2013, "-"), // – en dash
            Map.entry(0x2014, "-"), // — em dash
            Map.entry(0xFE63, "-"), // ﹣ small hyphen-minus
            Map.entry(0xFF0D, "-"), // － fullwidth hyphen-minus
            Map.entry(0xFF0B, "+"), // ＋ fullwidth plus
            Map.entry(0xFF08, "("), // （ fullwidth left parenthesis
            Map.entry(0xFF09, ")"), // ） fullwidth right parenthesis
            Map.entry(0xFF0C, ","), // ， fullwidth comma
            Map.entry(0x2038, "^"), // ‸ caret
            Map.entry(0x02C6, "^"), // ˆ modifier circumflex
            Map.entry(0x00B2, "^2"), // ²
            Map.entry(0x00B3, "^3"), // ³
            Map.entry(0x03C0, "pi"), // π
            Map.entry(0x212F, "e"), // ℯ script small e
            Map.entry(0x221A, "sqrt"), // √
            Map.entry(0x00A0, " "), // no-break space
            Map.entry(0x2009, " "), // thin space
            Map.entry(0x202F, " "), // narrow no-break space
            Map.entry(0x3000, " "), // ideographic space
            Map.entry((int) '[', "("),
            Map.entry((int) '{', "("),
            Map.entry((int) ']', ")"),
            Map.entry((int) '}', ")"),
            Map.entry((int) '|', "abs(...)"),
            Map.entry((int) ';', ","));

    private final String source;
    private int pos;
    private int line = 1;
    private int column = 1;

    Lexer(String source) {
        this.source = source;
    }

    Token next() {
        skipWhitespace();
        if (pos >= source.length()) {
            return token(Token.Type.EOF, "", line, column);
        }
        int startLine = line;
        int startColumn = column;
        char c = source.charAt(pos);
        if (isDigit(c) || c == '.') {
            return number(startLine, startColumn);
        }
        if (isIdentifierStart(c)) {
            int start = pos;
            while (pos < source.length() && isIdentifierPart(source.charAt(pos))) {
                pos++;
            }
            column += pos - start;
            return token(Token.Type.IDENTIFIER, source.substring(start, pos), startLine, startColumn);
        }
        Token.Type type = switch (c) {
            case '+' -> Token.Type.PLUS;
            case '-' -> Token.Type.MINUS;
            case '*' -> Token.Type.STAR;
            case '/' -> Token.Type.SLASH;
            case '^' -> Token.Type.CARET;
            case '(' -> Token.Type.LEFT_PAREN;
            case ')' -> Token.Type.RIGHT_PAREN;
            case ',' -> Token.Type.COMMA;
            default -> null;
        };
        if (type == null) {
            return unexpectedCharacter(startLine, startColumn);
        }
        if (type == Token.Type.STAR && pos + 1 < source.length() && source.charAt(pos + 1) == '*') {
            pos += 2;
            column += 2;
            return token(Token.Type.CARET, "**", startLine, startColumn);
        }
        pos++;
        column++;
        return token(type, String.valueOf(c), startLine, startColumn);
    }

    /**
     * Reads the longest run that could be meant as one number (digits and dots, then an exponent
     * marker with its sign and digits), then checks it, so that {@code 2..5} and {@code 1e+} are
     * reported whole instead of as confusing fragments.
     */
    private Token number(int startLine, int startColumn) {
        int start = pos;
        while (pos < source.length() && (isDigit(source.charAt(pos)) || source.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
            pos++;
            if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < source.length() && isDigit(source.charAt(pos))) {
                pos++;
            }
        }
        column += pos - start;
        String lexeme = source.substring(start, pos);
        if (!isWellFormedNumber(lexeme)) {
            return error("malformed number '" + Token.clip(lexeme) + "'", startLine, startColumn);
        }
        double value = Double.parseDouble(lexeme);
        if (Double.isInfinite(value)) {
            return error("number '" + Token.clip(lexeme) + "' is too large for a double", startLine, startColumn);
        }
        return new Token(Token.Type.NUMBER, lexeme, value, startLine, startColumn, null);
    }

    /** {@code digits [. digits?] | . digits}, then optionally {@code (e|E) [+|-] digits}. */
    private static boolean isWellFormedNumber(String s) {
        int i = 0;
        int n = s.length();
        int mantissaDigits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            mantissaDigits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private Token unexpectedCharacter(int startLine, int startColumn) {
        int c = source.codePointAt(pos);
        pos += Character.charCount(c);
        column++;
        StringBuilder detail = new StringBuilder("unexpected character ");
        if (isVisible(c)) {
            detail.append('\'').appendCodePoint(c).append('\'');
            if (c >= 0x80) {
                detail.append(" (").append(codePointName(c)).append(')');
            }
        } else {
            detail.append(codePointName(c));
        }
        String meant = LOOK_ALIKES.get(c);
        if (meant != null) {
            detail.append("; did you mean '").append(meant).append("'?");
        }
        return error(detail.toString(), startLine, startColumn);
    }

    private static boolean isVisible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String codePointName(int c) {
        return String.format("U+%04X", c);
    }

    private void skipWhitespace() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                column++;
            } else if (c == '\n' || c == '\r') {
                pos++;
                if (c == '\r' && pos < source.length() && source.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                column = 1;
            } else {
                return;
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    private static Token token(Token.Type type, String lexeme, int line, int column) {
        return new Token(type, lexeme, 0, line, column, null);
    }

    private static Token error(String detail, int line, int column) {
        return new Token(Token.Type.ERROR, "", 0, line, column, detail);
    }
}
