package org.jeli.ingest;

import java.time.Instant;
import org.jeli.common.Digest;

/** Everything the item store records for one accepted submission. */
public record NewSubmission(
        Digest sha256,
        Digest sha512,
        long size,
        String detectedType,
        SubmissionRequest request,
        java.util.UUID collectionId,
        long submitterId,
        Instant at,
        String filenameDate,
        String filenamePattern) {}
