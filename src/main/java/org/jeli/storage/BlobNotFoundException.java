package org.jeli.storage;

import org.jeli.common.JeliException;

public final class BlobNotFoundException extends JeliException {
    public BlobNotFoundException() {
        super("no blob stored under that digest");
    }

    public BlobNotFoundException(Throwable cause) {
        super("no blob stored under that digest", cause);
    }
}
