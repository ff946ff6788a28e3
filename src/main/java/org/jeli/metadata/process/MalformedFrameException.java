package org.jeli.metadata.process;

import java.io.IOException;

/** A frame on the parse-worker pipe that does not follow the protocol. */
public class MalformedFrameException extends IOException {
    private static final long serialVersionUID = 1L;

    public MalformedFrameException(String message) {
        super(message);
    }
}
