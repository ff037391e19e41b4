package org.adcheck.verification.report;

import java.nio.file.Path;

/**
 * A report file that cannot be used: missing, unreadable, empty, malformed JSON, or JSON that is
 * not an adcheck report. The message names the file (and, for JSON problems, {@code line:column}
 * and the JSON path), so a command line can print it as it is, on one line.
 *
 * <p>An {@link IllegalArgumentException} because the file is the caller's input; the CLI maps it
 * to exit code 2.
 */
public final class ReportFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    ReportFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }
}
