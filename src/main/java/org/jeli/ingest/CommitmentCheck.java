package org.jeli.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.jeli.storage.StagedBlob;

/**
 * Verifies arriving bytes against a commitment before they are published. A named commitment must
 * exist in the same collection and match in SHA-256 and size, else the bytes are refused and the
 * attempt logged; bytes that name none fulfil the oldest open commitment to their hash in the
 * collection, if any.
 */
@ApplicationScoped
public class CommitmentCheck {
    private final CommitmentStore store;

    public CommitmentCheck(CommitmentStore store) {
        this.store = store;
    }

    /** The open commitment these bytes fulfil, if any. */
    public Optional<ItemCommitment> verify(
            SubmissionRequest request, UUID collectionId, StagedBlob staged, long userId) {
        if (request.commitment() == null) {
            return store.openFor(collectionId, staged.sha256());
        }
        ItemCommitment c = store.find(request.commitment())
                .filter(found -> found.collectionId().equals(collectionId))
                .orElseThrow(CommitmentNotFoundException::new);
        if (!c.matches(staged.sha256(), staged.size())) {
            long index = store.recordMismatch(c, staged.sha256(), staged.size(), request.method(), userId);
            throw new CommitmentMismatchException(c, staged.sha256(), staged.size(), index);
        }
        return c.fulfilled() ? Optional.empty() : Optional.of(c);
    }
}
