package org.jeli.storage;

import java.io.IOException;
import org.jeli.common.Digest;

/** Bytes that are durable in a temporary place, hashed, and not yet published. */
public interface StagedBlob extends AutoCloseable {
    Digest sha256();

    Digest sha512();

    long size();

    /**
     * Publishes the bytes under their content address.
     *
     * @return {@code true} when these bytes were new to the store, {@code false} when identical
     *     content was already stored (the staged copy is then dropped)
     */
    boolean commit() throws IOException;

    /** Removes the staged bytes unless they were committed. Never throws. */
    @Override
    void close();
}
