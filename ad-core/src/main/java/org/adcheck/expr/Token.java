package org.adcheck.expr;

/**
 * One token of the source text, with the position of its first character.
 *
 * @param type what kind of token
 * @param lexeme the text as written ({@code "**"} for a {@link Type#CARET} written that way)
 * @param number the value of a {@link Type#NUMBER}, else 0
 * @param error for {@link Type#ERROR}: what is wrong, as a message detail
 */
record Token(Type type, String lexeme, double number, int line, int column, String error) {

    enum Type { NUMBER, IDENTIFIER, PLUS, MINUS, STAR, SLASH, CARET, LEFT_PAREN, RIGHT_PAREN, COMMA, EOF, ERROR }

    private static final int LONGEST_QUOTE = 40;

    /** How an error message names this token after "found": {@code number '2.5'}, {@code '+'}. */
    String describe() {
        return switch (type) {
            case EOF -> "end of input";
            case NUMBER -> "number '" + clip(lexeme) + "'";
            case IDENTIFIER -> "identifier '" + clip(lexeme) + "'";
            case ERROR -> error;
            default -> "'" + lexeme + "'";
        };
    }

    boolean isOperator() {
        return type == Type.PLUS || type == Type.MINUS || type == Type.STAR || type == Type.SLASH || type == Type.CARET;
    }

    /** Quotes of user text stay short even when the text is a megabyte. */
    static String clip(String text) {
        return text.length() <= LONGEST_QUOTE ? text : text.substring(0, LONGEST_QUOTE) + "...";
    }
}
