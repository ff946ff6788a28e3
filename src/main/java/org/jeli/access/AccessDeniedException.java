package org.jeli.access;

import org.jeli.common.JeliException;

/** The caller may know the thing exists but may not do this with it (403). */
public final class AccessDeniedException extends JeliException {
    public AccessDeniedException(String what) {
        super(what);
    }
}
