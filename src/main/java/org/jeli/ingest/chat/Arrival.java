package org.jeli.ingest.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * One arrival of a blob's bytes: an upload, or a message or attachment of an import.
 *
 * @param importId the import it came through, or null for a direct upload
 * @param group the source detail the archivist gave the import, else the chat's name (identifying)
 */
public record Arrival(
        UUID submissionId,
        UUID itemId,
        UUID collectionId,
        String collectionName,
        String submittedBy,
        Instant submittedAt,
        String method,
        UUID importId,
        UUID exportItemId,
        String group) {}
