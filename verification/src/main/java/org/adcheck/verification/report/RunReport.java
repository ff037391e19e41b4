package org.adcheck.verification.report;

import java.util.List;
import java.util.Optional;

/**
 * The machine-readable record of one {@code adcheck run}: the basis of {@code report.json} and of
 * baselines. Serialised with Jackson; field names are the JSON keys.
 *
 * @param metadata when, with what seed and which backends
 * @param fixtures one entry per fixture, in catalog order
 */
public record RunReport(RunMetadata metadata, List<FixtureReport> fixtures) {

    public RunReport {
        fixtures = List.copyOf(fixtures);
    }

    public Optional<FixtureReport> fixture(String name) {
        return fixtures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Total count of one verdict over every fixture. */
    public int total(String verdict) {
        return fixtures.stream().mapToInt(f -> f.verdicts().getOrDefault(verdict, 0)).sum();
    }
}
