package org.jeli.storage;

import org.jeli.common.JeliException;

public final class StorageFullException extends JeliException {
    public StorageFullException() {
        super("storage is full");
    }

    public StorageFullException(Throwable cause) {
        super("storage is full", cause);
    }
}
