package org.jeli.access;

import java.time.Instant;

/**
 * Web sessions ended by logout (port): a revoked session id is refused until {@code until}, when
 * the session would have expired anyway. Shared by every instance ({@code jdbc.JdbcSessionRevocations}).
 */
public interface SessionRevocations {
    /** Refuses {@code sessionId} from now until {@code until}; forgets revocations that ended before {@code now}. */
    void revoke(String sessionId, Instant until, Instant now);

    /** Whether {@code sessionId} was logged out. */
    boolean isRevoked(String sessionId);
}
