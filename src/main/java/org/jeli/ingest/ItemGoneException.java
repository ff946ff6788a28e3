package org.jeli.ingest;

import org.jeli.common.JeliException;

/** The item was taken down: answered {@code 410 Gone} with who, when and why. */
public final class ItemGoneException extends JeliException {
    private final transient Tombstone tombstone;

    public ItemGoneException(Tombstone tombstone) {
        super("the item was taken down");
        this.tombstone = tombstone;
    }

    public Tombstone tombstone() {
        return tombstone;
    }
}
