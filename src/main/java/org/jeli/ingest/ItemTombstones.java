package org.jeli.ingest;

import java.util.Optional;
import java.util.UUID;

/** Port: whether an item was taken down (its content destroyed), and by whom, when and why. */
public interface ItemTombstones {
    Optional<Tombstone> of(UUID itemId);
}
