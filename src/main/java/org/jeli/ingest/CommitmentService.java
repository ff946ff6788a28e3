package org.jeli.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jeli.access.AccessDeniedException;
import org.jeli.access.AccessPolicy;
import org.jeli.access.Action;
import org.jeli.access.Collection;
import org.jeli.access.CollectionNotFoundException;
import org.jeli.access.CurrentUser;
import org.jeli.access.Decision;
import org.jeli.access.Membership;
import org.jeli.access.jdbc.JdbcAccessStore;
import org.jeli.common.Digest;

/**
 * Commit first, bytes later: an archivist of a collection registers the SHA-256 and size of bytes
 * they cannot send yet; the commitment is logged at once (so the next checkpoint and its timestamp
 * cover it). Members of the collection read them within their clearance; others learn nothing.
 */
@ApplicationScoped
public class CommitmentService {
    private final CommitmentStore store;
    private final JdbcAccessStore access;
    private final AccessPolicy policy;

    public CommitmentService(CommitmentStore store, JdbcAccessStore access, AccessPolicy policy) {
        this.store = store;
        this.access = access;
        this.policy = policy;
    }

    /** A commitment the caller may see, with whether they see its identifying claims. */
    public record Visible(ItemCommitment commitment, boolean identifying) {}

    public ItemCommitment commit(SubmissionRequest request, Digest sha256, long size, CurrentUser user) {
        Collection collection = access.collection(request.collection()).orElseThrow(CollectionNotFoundException::new);
        Decision decision = policy.decideUpload(access.membership(user.id(), collection.id()));
        if (decision == Decision.HIDDEN) {
            throw new CollectionNotFoundException();
        }
        if (!decision.allowed()) {
            throw new AccessDeniedException("only archivists of this collection may commit to items in it");
        }
        return store.create(collection.id(), sha256, size, request.claims(), user.id());
    }

    public Visible get(UUID id, CurrentUser user) {
        ItemCommitment c = store.find(id).orElseThrow(CommitmentNotFoundException::new);
        Optional<Membership> m = access.membership(user.id(), c.collectionId());
        if (policy.decide(m, c.claims().sensitivity(), Action.VIEW) != Decision.ALLOWED) {
            throw new CommitmentNotFoundException();
        }
        return new Visible(c, policy.seesIdentifying(m));
    }

    public List<Visible> list(String collectionIdOrName, CurrentUser user, int limit) {
        Collection collection = access.collection(collectionIdOrName).orElseThrow(CollectionNotFoundException::new);
        Optional<Membership> m = access.membership(user.id(), collection.id());
        if (m.isEmpty()) {
            throw new CollectionNotFoundException();
        }
        boolean identifying = policy.seesIdentifying(m);
        return store.list(collection.id(), limit).stream()
                .filter(c -> policy.decide(m, c.claims().sensitivity(), Action.VIEW) == Decision.ALLOWED)
                .map(c -> new Visible(c, identifying))
                .toList();
    }
}
