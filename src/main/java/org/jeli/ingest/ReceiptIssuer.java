package org.jeli.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jeli.provenance.Checkpointer;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogKeys;
import org.jeli.provenance.LogReader;
import org.jeli.provenance.StoredCheckpoint;
import org.jeli.provenance.checkpoint.PublicKeyInfo;
import org.jeli.provenance.checkpoint.VerifierKey;
import org.jeli.provenance.entry.CanonicalJson;
import org.jeli.provenance.jdbc.JdbcLogStore.StoredEntry;
import org.jeli.verify.receipt.ReceiptText;

/**
 * Writes a submission's receipt: its {@code item.submitted} entry, and the first signed checkpoint
 * containing it (signed on the spot when none does yet), so every call gives the same receipt.
 */
@ApplicationScoped
public class ReceiptIssuer {
    private static final String SUBMITTED = "item.submitted";

    private final LogReader log;
    private final Checkpointer checkpointer;
    private final LogKeys keys;

    public ReceiptIssuer(LogReader log, Checkpointer checkpointer, LogKeys keys) {
        this.log = log;
        this.checkpointer = checkpointer;
        this.keys = keys;
    }

    /**
     * The receipt of one of the item's submissions.
     *
     * @param submission the submission, or {@code null} for the item's first
     * @return empty when the item has no such submission
     */
    public Optional<ReceiptText> issue(ItemDetails item, UUID submission) {
        Optional<Long> entry = submissionEntry(item.id(), submission);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        long index = entry.get();
        StoredCheckpoint checkpoint = log.firstCheckpointCovering(index).orElseGet(() -> {
            checkpointer.checkpointNow();
            return log.firstCheckpointCovering(index)
                    .orElseThrow(() -> new IllegalStateException("no checkpoint covers a committed entry"));
        });
        return Optional.of(ReceiptText.of(item.id(), item.sha256(), index, checkpoint.note(), signer(checkpoint)));
    }

    /** The index of the submission's entry (the item's first submission's when {@code submission} is null). */
    private Optional<Long> submissionEntry(UUID item, UUID submission) {
        for (StoredEntry e : log.entriesAbout(EntryDraft.item(item))) {
            if (e.kind().equals(SUBMITTED)
                    && (submission == null || submission.toString().equals(submissionOf(e)))) {
                return Optional.of(e.index());
            }
        }
        return Optional.empty();
    }

    private static Object submissionOf(StoredEntry e) {
        Object payload = ((Map<?, ?>) CanonicalJson.decode(e.bytes())).get("payload");
        return payload instanceof Map<?, ?> m ? m.get("submission") : null;
    }

    private VerifierKey signer(StoredCheckpoint checkpoint) {
        return keys.all().stream()
                .filter(k -> k.keyIdHex().equals(checkpoint.keyId()))
                .map(PublicKeyInfo::verifierKey)
                .map(VerifierKey::parse)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the key that signed a checkpoint is not published"));
    }
}
