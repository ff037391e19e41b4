package org.adcheck.verification.cli;

import java.util.List;
import org.adcheck.verification.backend.Backend;
import org.adcheck.verification.backend.Backends;

/** The backend options of every command: their text turned into backends, or one clear line. */
final class BackendOption {

    private BackendOption() {}

    /** {@code --backends LIST}. */
    static List<Backend> list(String list) {
        try {
            return Backends.parse(list);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--backends: " + e.getMessage());
        }
    }

    /** {@code --backend NAME}. */
    static Backend one(String name) {
        try {
            return Backends.named(name);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--backend: " + e.getMessage());
        }
    }
}
