package org.jeli.ingest;

import java.util.Objects;

/**
 * A validated request to submit bytes.
 *
 * @param collection the collection's id or name
 * @param originalFilename the file name the client sent (a claim; stored, never used as a path)
 * @param declaredType the content type the client declared (a claim)
 * @param method how the bytes arrived, e.g. {@code multipart}
 */
public record SubmissionRequest(
        String collection, Claims claims, String originalFilename, String declaredType, String method) {
    public SubmissionRequest {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(method, "method");
    }
}
