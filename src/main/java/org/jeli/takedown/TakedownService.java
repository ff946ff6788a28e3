package org.jeli.takedown;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.jeli.access.AccessDeniedException;
import org.jeli.access.CollectionNotFoundException;
import org.jeli.common.Digest;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.ItemNotFoundException;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.entry.CanonicalJson;
import org.jeli.provenance.entry.Commitments;
import org.jeli.provenance.jdbc.JdbcLogStore;
import org.jeli.provenance.jdbc.JdbcPersonalData;
import org.jeli.provenance.jdbc.Transactions;
import org.jeli.storage.BlobStore;
import org.jeli.takedown.jdbc.JdbcTakedownStore;
import org.jeli.takedown.jdbc.JdbcTakedownStore.Affected;
import org.jeli.takedown.jdbc.JdbcTakedownStore.Hold;
import org.jeli.takedown.jdbc.JdbcTakedownStore.Request;

/**
 * Takedown by key destruction, under a two-person rule, and legal holds that block it.
 *
 * <p>When the last required approval arrives (and no legal hold covers the item, its collection or
 * any other item over the same bytes), one transaction records a tombstone for every item over the
 * bytes, erases the personal data the database holds about them, destroys the salts of every
 * commitment in their log entries (so those commitments become unlinkable), and appends a {@code
 * takedown} entry per item with who, when and why. Then the store destroys the bytes (for an
 * encrypted store: the data key); until it confirms, the destruction is retried at every start.
 */
@ApplicationScoped
public class TakedownService {
    private static final Logger LOG = Logger.getLogger(TakedownService.class);
    private static final int MAX_TEXT = 2000;

    private final DataSource dataSource;
    private final JdbcTakedownStore store;
    private final JdbcLogStore log;
    private final JdbcPersonalData personal;
    private final BlobStore blobs;
    private final TakedownConfig config;
    private final Clock clock;
    private final LegalHoldMirror mirror;

    public TakedownService(
            DataSource dataSource,
            JdbcTakedownStore store,
            JdbcLogStore log,
            JdbcPersonalData personal,
            BlobStore blobs,
            TakedownConfig config,
            Clock clock,
            LegalHoldMirror mirror) {
        this.dataSource = dataSource;
        this.store = store;
        this.log = log;
        this.personal = personal;
        this.blobs = blobs;
        this.config = config;
        this.clock = clock;
        this.mirror = mirror;
    }

    void onStart(@Observes StartupEvent event) {
        for (String sha256 : store.pendingDestruction()) {
            destroyContent(sha256);
        }
    }

    /** Where a request stands after an action. */
    public record Outcome(UUID requestId, String state, int approvals, int approvalsRequired, List<UUID> takenDown) {}

    /** Files a request; with one approval required, it is carried out at once. */
    public Outcome request(UUID itemId, String reason, String requester, long admin) {
        String why = text("reason", reason);
        String who = text("requester", requester);
        UUID id = UUID.randomUUID();
        Outcome outcome = inTransaction(c -> {
            String sha256 = store.blobOf(c, itemId).orElseThrow(ItemNotFoundException::new);
            Instant now = clock.instant();
            store.insertRequest(c, new Request(id, itemId, why, who, admin, now, "PENDING"));
            store.approve(c, id, admin, now);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("request", id.toString());
            payload.put("blob", sha256);
            payload.put("reason", why);
            payload.put("requester", personal.commit(c, "takedown:" + id + ":requester", who));
            log.append(
                    c,
                    List.of(new EntryDraft(
                            "takedown.requested", EntryDraft.user(admin), EntryDraft.item(itemId), payload)));
            return maybeExecute(c, store.lockRequest(c, id).orElseThrow(), sha256);
        });
        finish(outcome, itemId);
        return outcome;
    }

    /** A further administrator approves; the same administrator twice is refused (two-person rule). */
    public Outcome approve(UUID requestId, long admin) {
        UUID[] item = new UUID[1];
        Outcome outcome = inTransaction(c -> {
            Request r = pending(c, requestId);
            item[0] = r.itemId();
            if (store.approvers(c, requestId).contains(admin)) {
                throw new AccessDeniedException("two-person rule: this administrator already approved; another must");
            }
            store.approve(c, requestId, admin, clock.instant());
            log.append(
                    c,
                    List.of(new EntryDraft(
                            "takedown.approved",
                            EntryDraft.user(admin),
                            EntryDraft.item(r.itemId()),
                            Map.of("request", requestId.toString()))));
            return maybeExecute(c, r, store.blobOf(c, r.itemId()).orElseThrow());
        });
        finish(outcome, item[0]);
        return outcome;
    }

    public Outcome reject(UUID requestId, long admin) {
        return inTransaction(c -> {
            Request r = pending(c, requestId);
            store.decide(c, requestId, "REJECTED", admin, clock.instant());
            log.append(
                    c,
                    List.of(new EntryDraft(
                            "takedown.rejected",
                            EntryDraft.user(admin),
                            EntryDraft.item(r.itemId()),
                            Map.of("request", requestId.toString()))));
            return new Outcome(
                    requestId, "REJECTED", store.approvers(c, requestId).size(), config.approvalsRequired(), List.of());
        });
    }

    private Request pending(Connection c, UUID requestId) throws SQLException {
        Request r =
                store.lockRequest(c, requestId).orElseThrow(() -> new TakedownNotFoundException("takedown request"));
        if (!r.state().equals("PENDING")) {
            throw new TakedownNotFoundException("pending takedown request");
        }
        return r;
    }

    private Outcome maybeExecute(Connection c, Request r, String sha256) throws SQLException {
        List<Long> approvers = store.approvers(c, r.id());
        int required = Math.max(1, config.approvalsRequired());
        if (approvers.size() < required) {
            return new Outcome(r.id(), "PENDING", approvers.size(), required, List.of());
        }
        List<Affected> affected = store.itemsOver(c, sha256);
        if (store.held(c, affected)) {
            throw new LegalHoldException();
        }
        Instant now = clock.instant();
        long approvedBy = approvers.get(approvers.size() - 1);
        List<UUID> items = affected.stream().map(Affected::itemId).toList();
        for (UUID item : items) {
            store.insertTombstone(c, item, r.id(), sha256, now, r.requestedBy(), approvedBy, r.reason());
        }
        store.scrub(c, items, sha256);
        int salts = store.destroySalts(c, saltIds(c, items, sha256));
        List<EntryDraft> drafts = new ArrayList<>();
        for (UUID item : items) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("request", r.id().toString());
            payload.put("blob", sha256);
            payload.put("requestedBy", EntryDraft.user(r.requestedBy()));
            payload.put("approvedBy", EntryDraft.user(approvedBy));
            payload.put("reason", r.reason());
            payload.put("saltsDestroyed", (long) salts);
            drafts.add(new EntryDraft("item.taken_down", EntryDraft.user(approvedBy), EntryDraft.item(item), payload));
        }
        log.append(c, drafts);
        store.decide(c, r.id(), "EXECUTED", approvedBy, now);
        return new Outcome(r.id(), "EXECUTED", approvers.size(), required, items);
    }

    /** The salt ids of every commitment in the log entries about these items and their bytes. */
    private List<String> saltIds(Connection c, List<UUID> items, String sha256) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        List<String> subjects = new ArrayList<>();
        items.forEach(i -> subjects.add(EntryDraft.item(i)));
        subjects.add("blob:sha256:" + sha256);
        for (String subject : subjects) {
            for (JdbcLogStore.StoredEntry e : log.entriesAbout(c, subject)) {
                collect(CanonicalJson.decode(e.bytes()), ids);
            }
        }
        return new ArrayList<>(ids);
    }

    private static void collect(Object value, Set<String> ids) {
        if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, ids));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collect(v, ids));
        } else if (value instanceof String s && s.startsWith("c1:")) {
            try {
                ids.add(Commitments.parse(s).saltId());
            } catch (IllegalArgumentException e) {
                // a string that merely looks like a commitment
            }
        }
    }

    private void finish(Outcome outcome, UUID item) {
        if (outcome.state().equals("EXECUTED")) {
            LOG.infof(
                    "takedown %s executed for %d item(s)",
                    outcome.requestId(), outcome.takenDown().size());
            try (Connection c = dataSource.getConnection()) {
                store.blobOf(c, item).ifPresent(this::destroyContent);
            } catch (SQLException e) {
                LOG.errorf("takedown %s: content destruction deferred to the next start", outcome.requestId());
            }
        }
    }

    private void destroyContent(String sha256) {
        try {
            // Thumbnails and previews first: they show the same content.
            for (String derivative : store.derivativesOf(sha256)) {
                blobs.destroy(Digest.parse(derivative));
            }
            store.derivativesDestroyed(sha256);
            blobs.destroy(Digest.parse(sha256));
            store.contentDestroyed(sha256, clock.instant());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(
                    "takedown: destroying content failed (%s); retried at the next start",
                    e.getClass().getSimpleName());
        }
    }

    // Legal holds

    public Hold placeHold(UUID itemId, UUID collectionId, String reason, long admin) {
        if ((itemId == null) == (collectionId == null)) {
            throw new InvalidFieldException("item", "give either item or collection");
        }
        String why = text("reason", reason);
        Hold placed = inTransaction(c -> {
            if (itemId != null && store.blobOf(c, itemId).isEmpty()) {
                throw new ItemNotFoundException();
            }
            if (collectionId != null && !store.collectionExists(c, collectionId)) {
                throw new CollectionNotFoundException();
            }
            Hold h = new Hold(UUID.randomUUID(), itemId, collectionId, why, admin, clock.instant(), null);
            store.insertHold(c, h);
            log.append(
                    c,
                    List.of(new EntryDraft(
                            "hold.placed",
                            EntryDraft.user(admin),
                            subject(h),
                            Map.of("hold", h.id().toString(), "reason", why))));
            return h;
        });
        mirror.placed(placed);
        return placed;
    }

    public Hold liftHold(UUID holdId, long admin) {
        Hold lifted = inTransaction(c -> {
            Hold h = store.lift(c, holdId, admin, clock.instant())
                    .orElseThrow(() -> new TakedownNotFoundException("active legal hold"));
            log.append(
                    c,
                    List.of(new EntryDraft(
                            "hold.lifted", EntryDraft.user(admin), subject(h), Map.of("hold", h.id().toString()))));
            return h;
        });
        mirror.lifted(lifted);
        return lifted;
    }

    public List<Hold> holds() {
        return inTransaction(store::holds);
    }

    public List<Request> requests() {
        return inTransaction(store::requests);
    }

    private static String subject(Hold h) {
        return h.itemId() != null ? EntryDraft.item(h.itemId()) : "collection:" + h.collectionId();
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidFieldException(field, "at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    private <T> T inTransaction(Transactions.Work<T> work) {
        return Transactions.inTransaction(dataSource, work);
    }
}
