package org.jeli.ingest.chat;

import org.jeli.common.JeliException;

/** No such import, or the caller may not know of it: 404. */
public final class ImportNotFoundException extends JeliException {
    public ImportNotFoundException() {
        super("no such import");
    }
}
