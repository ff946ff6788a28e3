package org.jeli.access;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jeli.common.InvalidFieldException;

/**
 * Collections and their memberships, shared by the API and the administration pages. Every
 * creation, grant, change and revocation is an {@code access.changed} entry.
 */
public final class CollectionAdministration {
    private final CollectionStore collections;
    private final UserStore users;
    private final AccessChanges changes;

    public CollectionAdministration(CollectionStore collections, UserStore users, AccessChanges changes) {
        this.collections = collections;
        this.users = users;
        this.changes = changes;
    }

    /**
     * @throws InvalidFieldException for a bad name or description
     * @throws ConflictException when the name is taken
     */
    public Collection create(long actorId, String name, String description) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200 || n.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException("name", "1-200 characters without control characters");
        }
        String d = description == null ? "" : description;
        if (d.length() > 5000) {
            throw new InvalidFieldException("description", "longer than 5000 characters");
        }
        Collection c = collections.createCollection(n, d, actorId);
        changes.changed(actorId, subject(c), Map.of("change", "collection.created"));
        return c;
    }

    /**
     * Grants or changes the membership of an active user.
     *
     * @throws CollectionNotFoundException for an unknown collection
     * @throws InvalidFieldException for an unknown or inactive user, a bad role or clearance
     */
    public Membership grant(long actorId, String collection, String username, String role, String clearance) {
        Collection c = collections.collection(collection).orElseThrow(CollectionNotFoundException::new);
        User user = users.findByUsername(username == null ? "" : username.strip())
                .filter(User::active)
                .orElseThrow(() -> new InvalidFieldException("username", "no such active user"));
        Role r = parse("role", role, Role::fromLabel);
        if (r == Role.ADMIN) {
            throw new InvalidFieldException("role", "must be archivist, investigator or viewer");
        }
        Sensitivity s = parse("clearance", clearance, Sensitivity::fromLabel);
        Membership m = new Membership(c.id(), user.id(), r, s);
        collections.putMembership(m, actorId);
        changes.changed(
                actorId,
                subject(c),
                Map.of(
                        "change",
                        "membership.granted",
                        "user",
                        "user:" + user.id(),
                        "role",
                        r.label(),
                        "clearance",
                        s.label()));
        return m;
    }

    /** @throws CollectionNotFoundException for an unknown collection, user or membership */
    public void revoke(long actorId, String collection, String username) {
        Collection c = collections.collection(collection).orElseThrow(CollectionNotFoundException::new);
        User user = users.findByUsername(username).orElseThrow(CollectionNotFoundException::new);
        if (!collections.removeMembership(c.id(), user.id())) {
            throw new CollectionNotFoundException();
        }
        changes.changed(actorId, subject(c), Map.of("change", "membership.revoked", "user", "user:" + user.id()));
    }

    /** Every collection (administrators) or the caller's own. */
    public List<Collection> visibleTo(CurrentUser me) {
        return me.role() == Role.ADMIN ? collections.collections() : collections.collectionsOf(me.id());
    }

    public java.util.Optional<Collection> find(String idOrName) {
        return collections.collection(idOrName);
    }

    public java.util.Optional<Membership> membership(long userId, Collection c) {
        return collections.membership(userId, c.id());
    }

    public List<Membership> members(Collection c) {
        return collections.members(c.id());
    }

    private static String subject(Collection c) {
        return "collection:" + c.id();
    }

    private static <T> T parse(String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(
                    field,
                    field.equals("role")
                            ? "must be archivist, investigator or viewer"
                            : "must be public, restricted, confidential or sealed");
        }
    }
}
