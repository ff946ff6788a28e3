package org.jeli.provenance.timestamp;

import java.util.Objects;

/**
 * An authority's reply to one request, parsed far enough to know it is a TimeStampResp but not yet
 * verified: pass {@link #response()} to {@link TimestampVerifier#verify} with the request's imprint
 * and nonce, and store {@link #token()} once it verifies.
 *
 * @param request what was asked
 * @param response the DER TimeStampResp as received (copied in and out)
 * @param status the PKIStatus the authority declared (0 granted, 1 granted with mods, 2+ refused)
 * @param token the DER TimeStampToken, or {@code null} when the reply has none
 */
public record TimestampReply(TimestampRequest request, byte[] response, int status, byte[] token) {
    public TimestampReply {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(response, "response");
        response = response.clone();
        token = token == null ? null : token.clone();
    }

    @Override
    public byte[] response() {
        return response.clone();
    }

    @Override
    public byte[] token() {
        return token == null ? null : token.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimestampReply other
                && other.request.equals(request)
                && java.util.Arrays.equals(other.response, response);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(response);
    }

    @Override
    public String toString() {
        return "TimestampReply[status=" + status + ", " + response.length + " bytes]";
    }
}
