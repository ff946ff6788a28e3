package org.jeli.ingest;

import java.time.Instant;
import java.util.UUID;

/** One arrival of an item's bytes: who, when, how, with what statement. */
public record SubmissionDetails(
        UUID id,
        String submittedBy,
        Instant submittedAt,
        String method,
        String originalFilename,
        String declaredType,
        String filenameDate,
        String filenamePattern,
        Claims claims) {}
