package org.jeli.ingest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jeli.common.Digest;

/** Port: commitments as recorded in the database, each with its log entry. */
public interface CommitmentStore {
    /**
     * Records the commitment and appends its {@code item.committed} entry (hash and size in clear,
     * claims only as a salted commitment) in one transaction.
     */
    ItemCommitment create(UUID collectionId, Digest sha256, long size, Claims claims, long userId);

    Optional<ItemCommitment> find(UUID id);

    /** The oldest open commitment in the collection to bytes of this SHA-256. */
    Optional<ItemCommitment> openFor(UUID collectionId, Digest sha256);

    /** The collection's commitments, newest first, at most {@code limit}. */
    List<ItemCommitment> list(UUID collectionId, int limit);

    /**
     * Appends a {@code commitment.mismatched} entry: bytes that claimed to fulfil the commitment
     * and did not, refused. Returns its log index.
     */
    long recordMismatch(ItemCommitment commitment, Digest actualSha256, long actualSize, String method, long userId);
}
