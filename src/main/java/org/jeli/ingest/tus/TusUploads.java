package org.jeli.ingest.tus;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jeli.access.AccessDeniedException;
import org.jeli.access.AccessPolicy;
import org.jeli.access.Collection;
import org.jeli.access.CollectionNotFoundException;
import org.jeli.access.CurrentUser;
import org.jeli.access.Decision;
import org.jeli.access.jdbc.JdbcAccessStore;
import org.jeli.common.Digest;
import org.jeli.ingest.IngestConfig;
import org.jeli.ingest.Receipt;
import org.jeli.ingest.SubmissionRequest;
import org.jeli.ingest.tus.jdbc.JdbcUploadStore;
import org.jeli.storage.BlobTooLargeException;

/**
 * The tus operations. An upload is created by an archivist of the collection (the same decision
 * and the same field validation as {@code POST /api/items}), belongs to its creator alone, and
 * moves forward one durable chunk at a time; the chunk that reaches the declared length completes
 * it through {@link UploadCompletion}.
 */
@ApplicationScoped
public class TusUploads {
    private final JdbcUploadStore store;
    private final PartFiles parts;
    private final UploadCompletion completion;
    private final JdbcAccessStore access;
    private final AccessPolicy policy;
    private final IngestConfig ingestConfig;
    private final TusConfig config;
    private final SecureRandom random;
    private final Clock clock;
    private final Set<UUID> busy = ConcurrentHashMap.newKeySet();

    public TusUploads(
            JdbcUploadStore store,
            PartFiles parts,
            UploadCompletion completion,
            JdbcAccessStore access,
            AccessPolicy policy,
            IngestConfig ingestConfig,
            TusConfig config,
            SecureRandom random,
            Clock clock) {
        this.store = store;
        this.parts = parts;
        this.completion = completion;
        this.access = access;
        this.policy = policy;
        this.ingestConfig = ingestConfig;
        this.config = config;
        this.random = random;
        this.clock = clock;
    }

    /** The upload after a request, and the receipt when this request completed it. */
    public record Progress(Upload upload, Receipt receipt) {}

    public Upload create(long length, String metadata, CurrentUser user) {
        if (length < 0) {
            throw TusException.badRequest("upload-length-invalid", "Upload-Length must be a non-negative integer.");
        }
        if (length > ingestConfig.maxUploadSize()) {
            throw new BlobTooLargeException();
        }
        SubmissionRequest request = UploadMetadata.request(metadata);
        Collection collection = access.collection(request.collection()).orElseThrow(CollectionNotFoundException::new);
        Decision decision = policy.decideUpload(access.membership(user.id(), collection.id()));
        if (decision == Decision.HIDDEN) {
            throw new CollectionNotFoundException();
        }
        if (!decision.allowed()) {
            throw new AccessDeniedException("only archivists of this collection may add to it");
        }
        byte[] key = new byte[32];
        random.nextBytes(key);
        Instant now = clock.instant();
        Upload u = new Upload(
                UUID.randomUUID(),
                user.id(),
                collection.id(),
                length,
                0,
                metadata == null ? "" : metadata,
                key,
                now,
                now.plus(config.expiry()),
                null);
        store.create(u, now, inFlight -> {
            if (inFlight.open() >= config.maxOpenPerUser()) {
                throw TusException.tooManyOpen(config.maxOpenPerUser());
            }
            if (inFlight.bytes() + length > config.maxBytesPerUser()) {
                throw TusException.tooManyBytes(config.maxBytesPerUser());
            }
        });
        return u;
    }

    /** The caller's own upload; everyone else's is unknown to them. */
    public Upload status(UUID id, CurrentUser user) {
        Upload u = owned(id, user);
        if (u.expiredAt(clock.instant())) {
            throw TusException.expired();
        }
        return u;
    }

    /**
     * Appends one chunk at {@code offset}. With a checksum, a chunk that does not match (or did not
     * arrive whole) is discarded; without one, whatever arrived before the connection broke is kept
     * and acknowledged, so the client resumes from there.
     */
    public Progress patch(UUID id, long offset, InputStream body, String checksumHeader, CurrentUser user)
            throws IOException {
        byte[] expected = checksumHeader == null ? null : UploadChecksum.parse(checksumHeader);
        status(id, user);
        if (!busy.add(id)) {
            throw TusException.locked();
        }
        try {
            Upload u = status(id, user);
            if (u.complete()) {
                if (offset == u.length()) {
                    return new Progress(u, null);
                }
                throw TusException.offsetMismatch(u.offset());
            }
            if (offset != u.offset()) {
                throw TusException.offsetMismatch(u.offset());
            }
            parts.reconcile(id, u.offset());
            if (u.offset() < u.length()) {
                u = write(u, body, expected);
            }
            Receipt receipt = u.offset() == u.length() ? completion.complete(u, user) : null;
            return new Progress(u, receipt);
        } finally {
            busy.remove(id);
        }
    }

    private Upload write(Upload u, InputStream body, byte[] expected) throws IOException {
        MessageDigest md = expected == null ? null : Digest.Algorithm.SHA256.newMessageDigest();
        long offset = u.offset();
        PartFiles.Written w = parts.append(u.id(), u.partKey(), offset, body, u.length() - offset, md);
        if (w.exceeded()) {
            parts.discard(u.id(), offset);
            throw TusException.exceedsLength();
        }
        if (md != null && (w.sourceFailed() || !MessageDigest.isEqual(md.digest(), expected))) {
            parts.discard(u.id(), offset);
            throw TusException.checksumMismatch();
        }
        if (w.bytes() == 0) {
            parts.discard(u.id(), offset);
            return u;
        }
        Instant expires = clock.instant().plus(config.expiry());
        if (!store.advance(u.id(), offset, offset + w.bytes(), expires)) {
            parts.discard(u.id(), offset);
            throw TusException.offsetMismatch(offset);
        }
        return u.withOffset(offset + w.bytes(), expires);
    }

    /** Ends the upload and removes its bytes (a completed upload's item stays). */
    public void terminate(UUID id, CurrentUser user) throws IOException {
        owned(id, user);
        if (!busy.add(id)) {
            throw TusException.locked();
        }
        try {
            store.delete(id);
            parts.delete(id);
        } finally {
            busy.remove(id);
        }
    }

    /**
     * Completes an upload whose bytes have all arrived but which is not an item yet: a declared
     * length of zero, one reached by creation-with-upload, or one whose completion a crash cut off
     * (a {@code HEAD} finishes it). Otherwise only reports it.
     */
    public Progress completeIfWhole(Upload u, CurrentUser user) throws IOException {
        return u.offset() == u.length() && !u.complete()
                ? patch(u.id(), u.length(), InputStream.nullInputStream(), null, user)
                : new Progress(u, null);
    }

    private Upload owned(UUID id, CurrentUser user) {
        return store.find(id).filter(u -> u.ownerId() == user.id()).orElseThrow(UploadNotFoundException::new);
    }
}
