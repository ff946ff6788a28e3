package org.jeli.ingest.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jeli.access.AccessDeniedException;
import org.jeli.access.AccessPolicy;
import org.jeli.access.Action;
import org.jeli.access.CurrentUser;
import org.jeli.access.Decision;
import org.jeli.access.Membership;
import org.jeli.access.jdbc.JdbcAccessStore;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.Ids;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.ItemGoneException;
import org.jeli.ingest.ItemNotFoundException;
import org.jeli.ingest.ItemStore;
import org.jeli.ingest.ItemTombstones;
import org.jeli.ingest.Tombstone;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogAppender;

/**
 * The access decision for item requests. A refused attempt on an existing item is itself logged
 * ({@code access.denied}) before the caller gets 404 (may not know it exists) or 403.
 */
@ApplicationScoped
public class ItemAccess {
    private final ItemStore items;
    private final ItemTombstones tombstones;
    private final JdbcAccessStore access;
    private final AccessPolicy policy;
    private final LogAppender log;
    private final SecurityIdentity identity;

    public ItemAccess(
            ItemStore items,
            ItemTombstones tombstones,
            JdbcAccessStore access,
            AccessPolicy policy,
            LogAppender log,
            SecurityIdentity identity) {
        this.items = items;
        this.tombstones = tombstones;
        this.access = access;
        this.policy = policy;
        this.log = log;
        this.identity = identity;
    }

    /** An item the caller may act on, and whether they see its identifying fields. */
    public record Granted(ItemDetails item, CurrentUser user, boolean identifying) {}

    public Granted authorize(String id, Action action) {
        return authorize(id, item -> action);
    }

    /** For requests whose action depends on the item itself (inline viewing or download). */
    public Granted authorize(String id, java.util.function.Function<ItemDetails, Action> actionFor) {
        return authorize(id, actionFor, false);
    }

    /**
     * Like {@link #authorize(String, Action)}, but also for an item that was taken down: its record
     * of custody outlives its content.
     */
    public Granted authorizeRecord(String id) {
        return authorize(id, item -> Action.VIEW, true);
    }

    private Granted authorize(
            String id, java.util.function.Function<ItemDetails, Action> actionFor, boolean evenIfGone) {
        CurrentUser user = CurrentUsers.from(identity);
        ItemDetails item = Ids.parseUuid(id).flatMap(items::find).orElseThrow(ItemNotFoundException::new);
        Action action = actionFor.apply(item);
        Optional<Membership> membership = access.membership(user.id(), item.collectionId());
        Decision decision = policy.decide(membership, item.claims().sensitivity(), action);
        if (!decision.allowed()) {
            log.append(new EntryDraft(
                    "access.denied",
                    EntryDraft.user(user.id()),
                    EntryDraft.item(item.id()),
                    Map.of("action", action.name(), "decision", decision.name())));
            if (decision == Decision.HIDDEN) {
                throw new ItemNotFoundException();
            }
            if (!evenIfGone) {
                gone(item);
            }
            throw new AccessDeniedException("not allowed to "
                    + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        if (!evenIfGone) {
            gone(item);
        }
        return new Granted(item, user, policy.seesIdentifying(membership));
    }

    /** Members who may know the item learn that it was taken down, by whom, when and why. */
    private void gone(ItemDetails item) {
        Optional<Tombstone> t = tombstones.of(item.id());
        if (t.isPresent()) {
            throw new ItemGoneException(t.get());
        }
    }

    /** The caller's clearance in the granted item's collection. */
    public org.jeli.access.Sensitivity clearance(Granted granted) {
        return access.membership(granted.user().id(), granted.item().collectionId())
                .map(Membership::clearance)
                .orElse(org.jeli.access.Sensitivity.PUBLIC);
    }

    /** Whether the caller may read entries about this item (without logging a refusal). */
    public boolean mayView(UUID itemId) {
        CurrentUser user = CurrentUsers.from(identity);
        return items.find(itemId)
                .map(item -> policy.decide(
                                access.membership(user.id(), item.collectionId()),
                                item.claims().sensitivity(),
                                Action.VIEW)
                        .allowed())
                .orElse(false);
    }
}
