package org.jeli.provenance;

import java.time.Instant;
import java.util.List;

/** The result of one self-audit of the log. */
public record AuditReport(
        Instant startedAt,
        Instant finishedAt,
        long entriesChecked,
        int checkpointsChecked,
        List<AuditProblem> problems) {
    public AuditReport {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
