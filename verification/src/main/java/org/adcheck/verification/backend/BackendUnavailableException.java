package org.adcheck.verification.backend;

/**
 * A backend cannot run at all, for example because PyTorch's native libraries are missing. The
 * message names the cause and the fix; it is never raised for a point outside a function's domain.
 */
public class BackendUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String backend;

    public BackendUnavailableException(String backend, String message, Throwable cause) {
        super(message, cause);
        this.backend = backend;
    }

    /** The name of the backend that could not run. */
    public String backend() {
        return backend;
    }
}
