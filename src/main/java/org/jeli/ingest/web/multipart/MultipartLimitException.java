package org.jeli.ingest.web.multipart;

import org.jeli.common.JeliException;

/**
 * The request body exceeds a {@link MultipartLimits} bound: too many parts, a header block or a text
 * field too large. The message names the limit, never the content.
 */
public final class MultipartLimitException extends JeliException {
    public MultipartLimitException(String message) {
        super(message);
    }
}
