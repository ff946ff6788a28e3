package org.jeli.ingest;

import java.util.Optional;
import java.util.UUID;

/** Port: items, their submissions and collections as recorded in the database. */
public interface ItemStore {
    /** Records blob, item (if new in its collection) and submission in one transaction. */
    RecordedSubmission record(NewSubmission submission);

    Optional<ItemDetails> find(UUID id);

    /** Items the user may see (member of the collection, item within their clearance), newest first. */
    ItemPage list(ItemFilter filter, long userId);

    /**
     * Replaces an item's descriptive claims, keeping the old ones in the claim history and
     * appending a {@code claims.edited} entry in the same transaction; returns the log index.
     */
    long editClaims(UUID itemId, Claims oldClaims, Claims newClaims, long userId);

    /** The items whose bytes are this blob (one per collection that holds it). */
    java.util.List<UUID> itemsWithBlob(String sha256Hex);
}
