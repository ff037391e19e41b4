package org.adcheck.verification.backend;

import java.util.List;

/**
 * What one backend computed over a batch of points.
 *
 * @param backend the backend's name
 * @param points one result per input point, in input order
 */
public record BatchResult(String backend, List<PointResult> points) {

    public BatchResult {
        points = List.copyOf(points);
    }

    public PointResult point(int index) {
        return points.get(index);
    }

    public int size() {
        return points.size();
    }
}
