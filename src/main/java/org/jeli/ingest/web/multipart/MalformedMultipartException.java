package org.jeli.ingest.web.multipart;

import org.jeli.common.JeliException;

/**
 * The request body is not well-formed multipart/form-data: bad or missing boundary, truncated body,
 * bad part headers, a field that is not UTF-8. The message names what is wrong, never the content.
 */
public final class MalformedMultipartException extends JeliException {
    public MalformedMultipartException(String message) {
        super(message);
    }

    public MalformedMultipartException(String message, Throwable cause) {
        super(message, cause);
    }
}
