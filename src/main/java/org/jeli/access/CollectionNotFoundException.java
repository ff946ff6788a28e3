package org.jeli.access;

import org.jeli.common.JeliException;

/** No such collection, or the caller may not know that it exists. */
public final class CollectionNotFoundException extends JeliException {
    public CollectionNotFoundException() {
        super("no such collection");
    }
}
