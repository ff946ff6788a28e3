package org.jeli.provenance.timestamp;

import org.jeli.common.JeliException;

/**
 * The timestamp authority could not be asked or did not answer usefully: unreachable, timed out,
 * HTTP status other than 200, a reply over the size limit, or a reply that is not a TimeStampResp.
 * Unchecked (a {@link JeliException}); callers retry later. A reply that parses but says no, or
 * fails verification, is not this exception but a {@link TimestampVerification}.
 */
public final class TimestampUnavailableException extends JeliException {
    /** Why no reply could be had. */
    public enum Reason {
        UNREACHABLE,
        TIMEOUT,
        HTTP_STATUS,
        OVERSIZED,
        MALFORMED_REPLY,
        INTERRUPTED
    }

    private final Reason reason;

    public TimestampUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TimestampUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
