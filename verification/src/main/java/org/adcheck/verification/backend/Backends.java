package org.adcheck.verification.backend;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.adcheck.verification.backend.hipparchus.HipparchusBackend;
import org.adcheck.verification.backend.pytorch.PytorchBackend;

/** The named backends, and the parsing of a {@code --backends} list. */
public final class Backends {

    /** Every backend name, in the order reports list them. */
    public static final List<String> NAMES =
            List.of(ForwardAdBackend.NAME, "pytorch", FiniteDifferenceBackend.NAME, "hipparchus");

    /** The default selection: all of them. */
    public static final String ALL = String.join(",", NAMES);

    private Backends() {}

    /** The backend with this name. */
    public static Backend named(String name) {
        return switch (name) {
            case ForwardAdBackend.NAME -> new ForwardAdBackend();
            case PytorchBackend.NAME -> new PytorchBackend();
            case FiniteDifferenceBackend.NAME -> new FiniteDifferenceBackend();
            case HipparchusBackend.NAME -> new HipparchusBackend();
            default -> throw new IllegalArgumentException(
                    "unknown backend '" + name + "' (expected one of: " + String.join(", ", NAMES) + ")");
        };
    }

    /**
     * Parses a comma-separated list such as {@code forward-ad,pytorch}.
     *
     * @throws IllegalArgumentException naming an unknown, duplicated or empty entry
     */
    public static List<Backend> parse(String list) {
        Set<String> names = new LinkedHashSet<>();
        for (String raw : list.split(",", -1)) {
            String name = raw.trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty backend name in '" + list + "'");
            }
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException(
                        "unknown backend '" + name + "' (expected one of: " + String.join(", ", NAMES) + ")");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException("backend '" + name + "' is listed twice");
            }
        }
        if (names.size() < 2) {
            throw new IllegalArgumentException(
                    "at least two backends are needed to compare, got " + names.size() + " ('" + list + "')");
        }
        List<Backend> backends = new ArrayList<>();
        for (String name : names) {
            backends.add(named(name));
        }
        return backends;
    }
}
