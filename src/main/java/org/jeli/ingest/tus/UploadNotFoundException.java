package org.jeli.ingest.tus;

import org.jeli.common.JeliException;

/** No such upload, or someone else's (answered 404 either way). */
public class UploadNotFoundException extends JeliException {
    public UploadNotFoundException() {
        super("no such upload");
    }
}
