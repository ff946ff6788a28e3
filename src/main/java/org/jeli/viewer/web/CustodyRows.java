package org.jeli.viewer.web;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jeli.provenance.LogReader;
import org.jeli.provenance.entry.EntryCodec;
import org.jeli.provenance.entry.LogEntry;
import org.jeli.provenance.merkle.MerkleHash;
import org.jeli.provenance.merkle.ProofVerifier;

/**
 * The custody timeline as the item page shows it. Each entry's inclusion proof is checked here with
 * the pure verifier that the offline tool uses, from the entry's own bytes (the leaf hash is
 * recomputed, not trusted) up to the latest checkpoint's root.
 */
public final class CustodyRows {
    private CustodyRows() {}

    /**
     * One entry: index, time, actor (as logged: {@code user:<id>} or {@code system}), the actor's
     * display name when it is an account, action and its proof status (verified, pending or failed).
     */
    public record Row(
            long index, java.time.Instant time, String actor, String actorName, String action, String proof) {}

    /** The timeline and the overall status: verified, pending (no checkpoint yet) or failed. */
    public record Timeline(List<Row> rows, String status, Long checkpointSize, String checkpointRoot) {}

    /** Resolves the {@code user:<id>} actors to display names in one lookup of {@code names}. */
    static Timeline of(LogReader.Custody custody, Function<Set<Long>, Map<Long, String>> names) {
        Set<Long> ids = new HashSet<>();
        for (LogReader.ProvenEntry p : custody.entries()) {
            userId(EntryCodec.decode(p.entry().bytes()).actor()).ifPresent(ids::add);
        }
        Map<Long, String> resolved = ids.isEmpty() ? Map.of() : names.apply(ids);
        Timeline t = of(custody);
        List<Row> rows = new ArrayList<>(t.rows().size());
        for (Row r : t.rows()) {
            String name = userId(r.actor()).map(resolved::get).orElse(null);
            rows.add(new Row(r.index(), r.time(), r.actor(), name, r.action(), r.proof()));
        }
        return new Timeline(rows, t.status(), t.checkpointSize(), t.checkpointRoot());
    }

    static Optional<Long> userId(String actor) {
        if (actor == null || !actor.startsWith("user:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(actor.substring("user:".length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Timeline of(LogReader.Custody custody) {
        List<Row> rows = new ArrayList<>();
        boolean failed = false;
        boolean pending = custody.checkpoint() == null;
        for (LogReader.ProvenEntry p : custody.entries()) {
            LogEntry e = EntryCodec.decode(p.entry().bytes());
            String proof;
            if (p.proof() == null || custody.checkpoint() == null) {
                proof = "pending";
                pending = true;
            } else {
                boolean ok = ProofVerifier.verifyInclusion(
                                MerkleHash.leafHash(p.entry().bytes()),
                                p.entry().index(),
                                custody.checkpoint().size(),
                                p.proof().proof(),
                                custody.checkpoint().rootHash())
                        .valid();
                proof = ok ? "verified" : "failed";
                failed |= !ok;
            }
            rows.add(new Row(p.entry().index(), e.time(), e.actor(), null, e.kind(), proof));
        }
        String status = failed ? "failed" : pending ? "pending" : "verified";
        return new Timeline(
                rows,
                status,
                custody.checkpoint() == null ? null : custody.checkpoint().size(),
                custody.checkpoint() == null
                        ? null
                        : Base64.getEncoder()
                                .encodeToString(custody.checkpoint().rootHash()));
    }
}
