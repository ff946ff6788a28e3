package org.jeli.ingest;

import org.jeli.common.JeliException;

/** No item with that id exists, or the caller may not know that it does. */
public final class ItemNotFoundException extends JeliException {
    public ItemNotFoundException() {
        super("no such item");
    }
}
