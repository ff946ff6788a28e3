package org.jeli.ingest;

import java.time.Instant;
import org.jeli.common.Digest;

/**
 * Everything the item store records for one accepted submission.
 *
 * @param commitmentId the open commitment these bytes were verified against and now fulfil, or null
 */
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
        String filenamePattern,
        java.util.UUID commitmentId) {

    /** A submission that fulfils no commitment. */
    public NewSubmission(
            Digest sha256,
            Digest sha512,
            long size,
            String detectedType,
            SubmissionRequest request,
            java.util.UUID collectionId,
            long submitterId,
            Instant at,
            String filenameDate,
            String filenamePattern) {
        this(
                sha256,
                sha512,
                size,
                detectedType,
                request,
                collectionId,
                submitterId,
                at,
                filenameDate,
                filenamePattern,
                null);
    }
}
