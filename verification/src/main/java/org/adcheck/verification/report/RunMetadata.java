package org.adcheck.verification.report;

import java.util.List;

/**
 * What a run was: everything needed to reproduce it, and the facts that vary (date, duration).
 *
 * @param adcheckVersion adcheck's version
 * @param date ISO-8601 start time (varies between runs)
 * @param durationSeconds wall time of the run (varies between runs)
 * @param seed the random seed for the sampled points
 * @param pointsPerFixture random points per fixture (goldens come on top)
 * @param catalog {@code bundled} or the directory loaded
 * @param tags the tag filter, empty for all
 * @param backends each backend's name and version, in order
 * @param pytorchVersion the PyTorch version, or "" when the backend was not selected
 */
public record RunMetadata(
        String adcheckVersion,
        String date,
        double durationSeconds,
        long seed,
        int pointsPerFixture,
        String catalog,
        List<String> tags,
        List<BackendInfo> backends,
        String pytorchVersion) {

    public RunMetadata {
        tags = List.copyOf(tags);
        backends = List.copyOf(backends);
    }

    /** A backend's name and version. */
    public record BackendInfo(String name, String version) {}
}
