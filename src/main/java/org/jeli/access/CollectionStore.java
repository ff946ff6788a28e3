package org.jeli.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: collections and the memberships in them. */
public interface CollectionStore {
    /** @throws ConflictException when a collection has that name */
    Collection createCollection(String name, String description, long by);

    /** A collection by its id (when the text is a UUID) or else by its exact name. */
    Optional<Collection> collection(String idOrName);

    List<Collection> collections();

    List<Collection> collectionsOf(long userId);

    Optional<Membership> membership(long userId, UUID collectionId);

    List<Membership> members(UUID collectionId);

    /** Grants or changes a membership. */
    void putMembership(Membership m, long by);

    /** Ends a membership; false when there was none. */
    boolean removeMembership(UUID collectionId, long userId);
}
