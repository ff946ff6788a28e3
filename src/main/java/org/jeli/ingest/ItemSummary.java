package org.jeli.ingest;

import java.time.Instant;
import java.util.UUID;

/** An item as lists show it. */
public record ItemSummary(
        UUID id,
        UUID collectionId,
        String collectionName,
        String sha256,
        long size,
        String mediaType,
        String title,
        String sensitivity,
        String metadataState,
        String metadataOutcome,
        Instant createdAt) {}
