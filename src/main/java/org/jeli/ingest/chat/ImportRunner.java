package org.jeli.ingest.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.common.Digest;
import org.jeli.ingest.IngestConfig;
import org.jeli.ingest.IngestService;
import org.jeli.ingest.MetadataQueue;
import org.jeli.ingest.NewSubmission;
import org.jeli.ingest.ScratchCopy;
import org.jeli.storage.BlobStore;
import org.jeli.storage.StagedBlob;

/**
 * Runs one import from its resume point to its end: parses the stored export, records it batch by
 * batch, then makes it visible; or records why it was refused or failed. Never logs content.
 */
@ApplicationScoped
public class ImportRunner {
    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    /** Stages and publishes the small message blobs of a batch side by side (each waits on fsync). */
    private static final java.util.concurrent.ExecutorService STAGING =
            java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "jeli-chat-staging");
                t.setDaemon(true);
                return t;
            });

    private final BlobStore blobs;
    private final ChatImportStore store;
    private final IngestService ingest;
    private final MetadataQueue metadata;
    private final IngestConfig config;
    private final ChatImportConfig chat;
    private final Clock clock;

    public ImportRunner(
            BlobStore blobs,
            ChatImportStore store,
            IngestService ingest,
            MetadataQueue metadata,
            IngestConfig config,
            ChatImportConfig chat,
            Clock clock) {
        this.blobs = blobs;
        this.store = store;
        this.ingest = ingest;
        this.metadata = metadata;
        this.config = config;
        this.chat = chat;
        this.clock = clock;
    }

    /** Runs (or resumes) the import; a finished one is left alone. */
    public void run(UUID id) {
        run(id, Long.MAX_VALUE);
    }

    /** Thrown to stop after a number of batches, as a crash would: the import stays RUNNING. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Runs at most {@code maxBatches} batches, then stops as if the process died (for tests). */
    void run(UUID id, long maxBatches) {
        ImportStatus status = store.find(id).orElseThrow(ImportNotFoundException::new);
        if (status.state().finished()) {
            return;
        }
        try (ScratchCopy copy = ScratchCopy.of(blobs, Digest.parse("sha256:" + status.exportSha256()), Long.MAX_VALUE);
                ExportSource source = ExportSource.open(copy.file(), status.sourceKind(), chat.limits())) {
            store.start(id, source.format().name(), source.chatName(), clock.instant());
            ImportStatus running = store.find(id).orElseThrow();
            ImportContext context = ImportContext.of(running, source.format());
            PositionPreparer preparer = new PositionPreparer(blobs, source, context, config.maxUploadSize(), STAGING);
            long[] batches = {0};
            ImportBatcher batcher =
                    new ImportBatcher(preparer, running.eventsDone(), (positions, eventsDone, counts) -> {
                        if (batches[0]++ >= maxBatches) {
                            throw new Stopped();
                        }
                        record(context, source, positions, eventsDone, counts);
                    });
            try {
                source.parse(batcher);
                batcher.flush();
            } finally {
                batcher.discard();
            }
            store.finish(id, clock.instant());
        } catch (Stopped e) {
            LOG.infof("chat import %s stopped before its end; it resumes at the next start", id);
        } catch (ChatImportRefusedException e) {
            store.stop(id, ImportState.REFUSED, e.reason().code(), e.reason().safeMessage(), clock.instant());
        } catch (IOException | RuntimeException e) {
            ChatImportRefusedException refused = refusal(e);
            if (refused != null) {
                store.stop(
                        id,
                        ImportState.REFUSED,
                        refused.reason().code(),
                        refused.reason().safeMessage(),
                        clock.instant());
                return;
            }
            if (Thread.currentThread().isInterrupted()) {
                LOG.infof("chat import %s interrupted by shutdown; it resumes at the next start", id);
                return;
            }
            LOG.warnf("chat import %s failed: %s", id, e.getClass().getSimpleName());
            store.stop(
                    id,
                    ImportState.FAILED,
                    "import-failed",
                    "The import stopped on an internal error; the export is preserved.",
                    clock.instant());
        }
    }

    private static ChatImportRefusedException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ChatImportRefusedException r) {
                return r;
            }
        }
        return null;
    }

    private void record(
            ImportContext context,
            ExportSource source,
            List<PendingPosition> positions,
            long eventsDone,
            ImportCounts counts)
            throws IOException {
        publish(positions);
        List<PreparedMessage> prepared = new ArrayList<>();
        for (PendingPosition p : positions) {
            MessageDocument d = p.document();
            String title = d.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + d.position();
            List<PreparedMessage.PreparedAttachment> attachments = new ArrayList<>();
            for (PendingPosition.PendingAttachment a : p.attachments()) {
                boolean newBlob = a.blob().commit();
                String type = ingest.detectType(a.blob().sha256());
                NewSubmission s = submission(
                        context,
                        a.blob(),
                        type,
                        context.request(
                                a.kind().toLowerCase(java.util.Locale.ROOT) + " of " + title, p.claimedAt(), a.name()));
                attachments.add(new PreparedMessage.PreparedAttachment(a.ordinal(), a.name(), a.kind(), s, !newBlob));
            }
            NewSubmission s = submission(
                    context, p.blob(), MessageDocument.MEDIA_TYPE, context.request(title, p.claimedAt(), null));
            prepared.add(new PreparedMessage(d, s, p.utcOffset(), attachments, p.people(), p.searchText()));
        }
        BatchCommit batch = new BatchCommit(
                context.importId(),
                context.status().exportItemId(),
                context.status().collectionId(),
                prepared,
                eventsDone,
                counts,
                source.percent());
        for (Digest pending : store.commit(batch, clock.instant())) {
            metadata.enqueue(pending);
        }
    }

    /** Publishes the batch's message blobs side by side. */
    private static void publish(List<PendingPosition> positions) throws IOException {
        List<java.util.concurrent.Future<Boolean>> commits = new ArrayList<>();
        for (PendingPosition p : positions) {
            StagedBlob blob = p.blob();
            commits.add(STAGING.submit(blob::commit));
        }
        for (var commit : commits) {
            try {
                commit.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while publishing messages");
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException("publishing failed", e.getCause());
            }
        }
    }

    private NewSubmission submission(
            ImportContext context, StagedBlob blob, String type, org.jeli.ingest.SubmissionRequest request) {
        return new NewSubmission(
                blob.sha256(),
                blob.sha512(),
                blob.size(),
                type,
                request,
                context.status().collectionId(),
                context.status().startedBy(),
                clock.instant(),
                null,
                null);
    }
}
