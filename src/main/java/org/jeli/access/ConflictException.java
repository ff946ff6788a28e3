package org.jeli.access;

import org.jeli.common.JeliException;

/** Something with that name already exists. */
public final class ConflictException extends JeliException {
    public ConflictException(String message) {
        super(message);
    }
}
