package org.jeli.limits;

import java.time.Duration;
import org.jeli.common.JeliException;

/** A request refused by a limit; the client may try again after {@link #retryAfter()}. */
public final class TooManyRequestsException extends JeliException {
    private final transient Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least 1: the value of a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return retryAfterSeconds(retryAfter);
    }

    public static long retryAfterSeconds(Duration wait) {
        long s = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, s);
    }
}
