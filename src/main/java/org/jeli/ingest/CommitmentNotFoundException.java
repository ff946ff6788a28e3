package org.jeli.ingest;

import org.jeli.common.JeliException;

/** No such commitment, or one the caller may not know of (answered 404). */
public class CommitmentNotFoundException extends JeliException {
    public CommitmentNotFoundException() {
        super("no such commitment");
    }
}
