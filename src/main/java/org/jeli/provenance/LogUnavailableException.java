package org.jeli.provenance;

import org.jeli.common.JeliException;

/** The log could not record an event (database unreachable, shutting down). */
public final class LogUnavailableException extends JeliException {
    public LogUnavailableException(Throwable cause) {
        super("the provenance log is unavailable", cause);
    }
}
