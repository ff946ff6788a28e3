package org.jeli.ingest;

import java.util.Objects;
import java.util.UUID;

/**
 * A validated request to submit bytes.
 *
 * @param collection the collection's id or name
 * @param originalFilename the file name the client sent (a claim; stored, never used as a path)
 * @param declaredType the content type the client declared (a claim)
 * @param method how the bytes arrived, e.g. {@code multipart} or {@code tus}
 * @param commitment the commitment these bytes fulfil, when the submitter named one (else null)
 */
public record SubmissionRequest(
        String collection,
        Claims claims,
        String originalFilename,
        String declaredType,
        String method,
        UUID commitment) {
    public SubmissionRequest {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(method, "method");
    }

    /** A request that names no commitment. */
    public SubmissionRequest(
            String collection, Claims claims, String originalFilename, String declaredType, String method) {
        this(collection, claims, originalFilename, declaredType, method, null);
    }

    /** The same request with other claims (a commitment's, when the upload brought none). */
    public SubmissionRequest withClaims(Claims other) {
        return new SubmissionRequest(collection, other, originalFilename, declaredType, method, commitment);
    }
}
