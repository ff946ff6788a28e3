package org.jeli.storage;

import org.jeli.common.JeliException;

public final class BlobTooLargeException extends JeliException {
    public BlobTooLargeException() {
        super("content exceeds the size limit");
    }

    public BlobTooLargeException(Throwable cause) {
        super("content exceeds the size limit", cause);
    }
}
