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

    /** The items whose bytes are this blob (one per collection that holds it). */
    java.util.List<UUID> itemsWithBlob(String sha256Hex);
}
