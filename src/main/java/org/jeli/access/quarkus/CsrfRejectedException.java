package org.jeli.access.quarkus;

/** A state-changing request of a cookie session without the matching {@code X-Jeli-CSRF} header. */
public final class CsrfRejectedException extends RuntimeException {
    public CsrfRejectedException() {
        super("missing or wrong " + WebSessions.CSRF_HEADER, null, false, false);
    }
}
