package org.adcheck.verification.cli;

/**
 * Bad input found after option parsing (a variable with no value, a file that cannot be read):
 * reported on one line with exit code 2, never with a stack trace.
 */
final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
