package org.jeli.storage;

import java.util.Optional;

/**
 * The second blob store, when one is configured (another disk or mount): the fixity audit keeps a
 * verified copy of every blob there and repairs the primary store from it.
 */
public record Replica(Optional<BlobStore> store) {}
