package org.jeli.ingest.chat;

import java.time.Instant;
import java.util.UUID;
import org.jeli.access.Sensitivity;

/** One import as the store knows it. */
public record ImportStatus(
        UUID id,
        UUID collectionId,
        UUID exportItemId,
        String exportSha256,
        SourceKind sourceKind,
        String timeZone,
        String sourceDetail,
        Sensitivity sensitivity,
        long startedBy,
        ImportState state,
        String format,
        String chatName,
        long eventsDone,
        ImportCounts counts,
        int percent,
        String errorCode,
        String errorMessage,
        Instant createdAt,
        Instant updatedAt,
        Instant finishedAt) {}
