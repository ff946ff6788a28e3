package org.jeli.ingest.chat;

import java.time.Instant;
import java.util.UUID;
import org.jeli.access.Sensitivity;

/** An import to record, in state QUEUED, once its export is stored and logged. */
public record NewImport(
        UUID id,
        UUID collectionId,
        UUID exportItemId,
        UUID exportSubmissionId,
        String exportSha256,
        SourceKind sourceKind,
        String timeZone,
        String sourceDetail,
        Sensitivity sensitivity,
        long startedBy,
        Instant at) {}
