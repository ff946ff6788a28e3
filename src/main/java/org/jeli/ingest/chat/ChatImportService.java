package org.jeli.ingest.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jeli.access.AccessPolicy;
import org.jeli.access.Action;
import org.jeli.access.CurrentUser;
import org.jeli.access.jdbc.JdbcAccessStore;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.ingest.IngestService;
import org.jeli.ingest.ItemStore;
import org.jeli.ingest.Receipt;
import org.jeli.ingest.ScratchCopy;
import org.jeli.ingest.SubmissionRequest;
import org.jeli.storage.BlobStore;
import org.jeli.storage.StagedBlob;

/**
 * Starts imports and answers who may see them. Preserve first: the export is accepted like any
 * upload (stored, recorded, {@code item.submitted} logged) before a byte of it is parsed; then the
 * zip's central directory is checked and its chat file located, so a hostile or non-chat upload is
 * refused at once — its original stays preserved and the refusal is logged.
 */
@ApplicationScoped
public class ChatImportService {
    private final IngestService ingest;
    private final BlobStore blobs;
    private final ChatImportStore store;
    private final ImportWorkers workers;
    private final ChatImportConfig config;
    private final ItemStore items;
    private final JdbcAccessStore access;
    private final AccessPolicy policy;
    private final Clock clock;

    public ChatImportService(
            IngestService ingest,
            BlobStore blobs,
            ChatImportStore store,
            ImportWorkers workers,
            ChatImportConfig config,
            ItemStore items,
            JdbcAccessStore access,
            AccessPolicy policy,
            Clock clock) {
        this.ingest = ingest;
        this.blobs = blobs;
        this.store = store;
        this.workers = workers;
        this.config = config;
        this.items = items;
        this.access = access;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Accepts the staged export and queues its import.
     *
     * @throws ImportRefusedException when the stored export is refused before parsing
     */
    public ImportStatus start(StagedBlob staged, SubmissionRequest request, String timeZone, CurrentUser user)
            throws IOException {
        Receipt receipt = ingest.accept(staged, request, user);
        SourceKind kind;
        ChatImportRefusedException refused = null;
        try (ScratchCopy copy = ScratchCopy.of(blobs, receipt.sha256(), Long.MAX_VALUE)) {
            kind = ExportSource.sniff(copy.file());
            try {
                if (kind == SourceKind.ZIP) {
                    ExportSource.open(copy.file(), kind, config.limits()).close();
                } else {
                    ExportSource.requireChatLike(receipt.mediaType());
                }
            } catch (ChatImportRefusedException e) {
                refused = e;
            }
        }
        UUID id = UUID.randomUUID();
        store.create(new NewImport(
                id,
                receipt.recorded().collectionId(),
                receipt.recorded().itemId(),
                receipt.recorded().submissionId(),
                receipt.sha256().hex(),
                kind,
                timeZone,
                request.claims().sourceDetail(),
                request.claims().sensitivity(),
                user.id(),
                clock.instant()));
        if (refused != null) {
            store.stop(
                    id,
                    ImportState.REFUSED,
                    refused.reason().code(),
                    refused.reason().safeMessage(),
                    clock.instant());
            throw new ImportRefusedException(
                    refused.reason(), id, receipt.recorded().itemId());
        }
        workers.submit(id);
        return store.find(id).orElseThrow();
    }

    /** The import, if the caller may view its export item; otherwise it does not exist for them. */
    public ImportStatus find(UUID id, CurrentUser user) {
        ImportStatus s = store.find(id).orElseThrow(ImportNotFoundException::new);
        if (!mayView(s, user)) {
            throw new ImportNotFoundException();
        }
        return s;
    }

    /** The imports of a collection whose export items the caller may view. */
    public List<ImportStatus> list(String collection, CurrentUser user) {
        UUID collectionId = access.collection(collection)
                .filter(c -> access.membership(user.id(), c.id()).isPresent()) // non-members: no such collection
                .orElseThrow(ImportNotFoundException::new)
                .id();
        return store.list(collectionId).stream().filter(s -> mayView(s, user)).toList();
    }

    private boolean mayView(ImportStatus s, CurrentUser user) {
        return items.find(s.exportItemId())
                .map(item -> policy.decide(
                                access.membership(user.id(), item.collectionId()),
                                item.claims().sensitivity(),
                                Action.VIEW)
                        .allowed())
                .orElse(false);
    }
}
