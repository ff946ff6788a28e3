package org.jeli.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything the archive knows about one item. */
public record ItemDetails(
        UUID id,
        UUID collectionId,
        String collectionName,
        String sha256,
        String sha512,
        long size,
        String detectedType,
        Instant createdAt,
        String createdBy,
        Claims claims,
        MetadataDetails metadata,
        List<SubmissionDetails> submissions) {

    public ItemDetails {
        submissions = List.copyOf(submissions);
    }

    /** The media type users see: the extractor's when it ran, else the type detected at ingest. */
    public String mediaType() {
        String extracted =
                metadata.normalized() == null ? null : metadata.normalized().mediaType();
        return extracted != null ? extracted : detectedType;
    }
}
