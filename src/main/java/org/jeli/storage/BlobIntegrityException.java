package org.jeli.storage;

import java.io.IOException;

/**
 * Stored bytes failed authentication or their layout is damaged (a flipped bit, a truncated,
 * reordered or swapped segment, a wrapped data key that does not unwrap). No byte of the damaged
 * part was returned. The message is safe to show: it never holds content, names or paths.
 */
public class BlobIntegrityException extends IOException {
    public BlobIntegrityException(String message) {
        super(message);
    }

    public BlobIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
