package org.jeli.metadata.process;

import java.util.Objects;

/**
 * What the parent asks of a worker: detect or extract one local file, within limits. Only a path
 * crosses the pipe, never the evidence bytes.
 *
 * @param operation {@link Frames#DETECT} or {@link Frames#EXTRACT}
 * @param file absolute path of the stored file (or its scratch copy)
 * @param fileNameHint the original file name, or {@code null}
 * @param maxTextChars characters of text kept
 * @param maxEmbeddedResources embedded documents parsed
 * @param maxEmbeddedDepth nesting depth of embedded documents parsed
 * @param maxOutputBytes size of the encoded result the worker may send
 */
public record ParseRequest(
        byte operation,
        String file,
        String fileNameHint,
        int maxTextChars,
        int maxEmbeddedResources,
        int maxEmbeddedDepth,
        int maxOutputBytes) {

    public ParseRequest {
        Objects.requireNonNull(file, "file");
        if (operation != Frames.DETECT && operation != Frames.EXTRACT) {
            throw new IllegalArgumentException("unknown operation");
        }
        if (maxTextChars < 0 || maxEmbeddedResources < 0 || maxEmbeddedDepth < 0 || maxOutputBytes < 1024) {
            throw new IllegalArgumentException("limits out of range");
        }
    }

    public byte[] encode() {
        return new Frames.Writer(operation)
                .writeString(file)
                .writeString(fileNameHint)
                .writeInt(maxTextChars)
                .writeInt(maxEmbeddedResources)
                .writeInt(maxEmbeddedDepth)
                .writeInt(maxOutputBytes)
                .toByteArray();
    }

    public static ParseRequest decode(byte[] frame) throws MalformedFrameException {
        Frames.Reader in = new Frames.Reader(frame);
        byte operation = in.readByte();
        String file = in.readString();
        String hint = in.readString();
        int text = in.readInt();
        int embedded = in.readInt();
        int depth = in.readInt();
        int output = in.readInt();
        in.expectEnd();
        if (file == null) {
            throw new MalformedFrameException("no file");
        }
        try {
            return new ParseRequest(operation, file, hint, text, embedded, depth, output);
        } catch (IllegalArgumentException e) {
            throw new MalformedFrameException(e.getMessage());
        }
    }
}
