package org.jeli.ingest;

import org.jeli.common.JeliException;

/** An upload carried no {@code file} part. */
public final class MissingFileException extends JeliException {
    public MissingFileException() {
        super("the request has no 'file' part");
    }
}
