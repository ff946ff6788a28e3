package org.jeli.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.jeli.common.Digest;

/**
 * Port: content-addressed, durable storage of original bytes.
 *
 * <p>Writing is two-phase so that a request can still be refused after its bytes arrived without
 * leaving anything behind: {@link #stage} streams the bytes into a temporary object while computing
 * SHA-256 and SHA-512 in the same pass and makes them durable; {@link StagedBlob#commit} publishes
 * them under their content address (a no-op when identical content is already stored);
 * {@link StagedBlob#close} without commit removes them. Names in the store never reveal the
 * plaintext hash.
 */
public interface BlobStore {

    /**
     * Streams {@code content} to a durable temporary object.
     *
     * @param maxBytes the most bytes accepted; more raises {@link BlobTooLargeException}
     * @throws StorageFullException when the store has no room; nothing remains staged
     * @throws IOException when the source or the store fails; nothing remains staged
     */
    StagedBlob stage(InputStream content, long maxBytes) throws IOException;

    /**
     * Stages small content already held in memory (a chat message's document), with the same
     * guarantees as {@link #stage}; an adapter may do it more cheaply than streaming (the file
     * system hashes it on the calling thread, without helper threads or buffer pools).
     */
    default StagedBlob stage(byte[] content) throws IOException {
        return stage(new java.io.ByteArrayInputStream(content), content.length);
    }

    /** Whether bytes with this SHA-256 are stored. */
    boolean contains(Digest sha256) throws IOException;

    /** The stored size in bytes. */
    long size(Digest sha256) throws IOException;

    /**
     * Opens the stored bytes from {@code offset} for at most {@code length} bytes.
     *
     * @throws BlobNotFoundException when nothing is stored under that digest
     */
    InputStream open(Digest sha256, long offset, long length) throws IOException;

    /** A local file holding the plaintext bytes, when this store keeps one; parsers read it in place. */
    Optional<Path> localFile(Digest sha256);

    /**
     * Makes the bytes stored under this digest unrecoverable from this store (takedown). Idempotent:
     * destroying what is already gone does nothing.
     */
    void destroy(Digest sha256) throws IOException;

    /**
     * Mirrors a Jeli legal hold on the stored object, where the store can enforce one (an S3 bucket
     * with Object Lock); elsewhere nothing to do. Idempotent; unknown content is ignored.
     */
    default void legalHold(Digest sha256, boolean on) throws IOException {}

    /** Checks that the store accepts writes (for health checks); throws when it does not. */
    void checkWritable() throws IOException;
}
