package org.jeli.metadata.process;

/** A frame longer than the reader allows (the output-size limit of a parse). */
public final class FrameTooLargeException extends MalformedFrameException {
    private static final long serialVersionUID = 1L;

    public FrameTooLargeException(int length, int maxBytes) {
        super("frame of " + length + " bytes exceeds the limit of " + maxBytes);
    }
}
