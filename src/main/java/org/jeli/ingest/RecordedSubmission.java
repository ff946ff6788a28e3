package org.jeli.ingest;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of recording a submission.
 *
 * @param newItem whether this submission created the item (otherwise it joined an existing one)
 * @param itemCreatedAt when the item was first recorded
 * @param logIndex the index of the submission's {@code item.submitted} entry in the provenance log
 */
public record RecordedSubmission(
        UUID itemId, UUID submissionId, UUID collectionId, boolean newItem, Instant itemCreatedAt, long logIndex) {}
