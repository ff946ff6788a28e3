package org.jeli.ingest.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jeli.access.Role;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.ingest.CommitmentNotFoundException;
import org.jeli.ingest.CommitmentService;
import org.jeli.ingest.ItemStore;
import org.jeli.provenance.EntryAccess;

/**
 * Entries about an item (or its blob) are readable by whoever may view that item; entries about
 * a commitment by whoever may read that commitment; entries about the log itself, collections and
 * users (keys, access changes) by administrators.
 */
@ApplicationScoped
public class ItemEntryAccess implements EntryAccess {
    private final ItemAccess access;
    private final ItemStore items;
    private final CommitmentService commitments;
    private final SecurityIdentity identity;

    public ItemEntryAccess(
            ItemAccess access, ItemStore items, CommitmentService commitments, SecurityIdentity identity) {
        this.access = access;
        this.items = items;
        this.commitments = commitments;
        this.identity = identity;
    }

    @Override
    public boolean mayRead(String subject) {
        if (subject.startsWith("item:")) {
            try {
                return access.mayView(UUID.fromString(subject.substring(5)));
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        if (subject.startsWith("blob:sha256:")) {
            return items.itemsWithBlob(subject.substring(12)).stream().anyMatch(access::mayView);
        }
        if (subject.startsWith("commitment:")) {
            try {
                commitments.get(UUID.fromString(subject.substring(11)), CurrentUsers.from(identity));
                return true;
            } catch (CommitmentNotFoundException | IllegalArgumentException e) {
                return CurrentUsers.from(identity).role() == Role.ADMIN;
            }
        }
        return CurrentUsers.from(identity).role() == Role.ADMIN;
    }
}
