package org.jeli.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jeli.access.CurrentUser;
import org.jeli.common.Digest;
import org.jeli.ingest.ItemDetails;
import org.jeli.provenance.Checkpointer;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogAppender;
import org.jeli.provenance.LogConfig;
import org.jeli.provenance.LogReader;
import org.jeli.provenance.StoredCheckpoint;
import org.jeli.storage.BlobStore;

/**
 * Exports evidence packages. {@link #prepare} runs in the request, after the web layer has
 * authorised every item: it records an {@code item.exported} entry per item and signs a checkpoint
 * that contains them. {@link #write}
 * then streams the bag; when it is complete, an {@code export.completed} entry records the
 * package's tag-manifest hash.
 */
@ApplicationScoped
public class ExportService {
    private static final Logger LOG = Logger.getLogger(ExportService.class);

    private final LogAppender appender;
    private final Checkpointer checkpointer;
    private final LogReader log;
    private final LogPublication publication;
    private final BlobStore blobs;
    private final LogConfig logConfig;
    private final String organization;
    private final java.time.Duration timestampWait;
    private final Clock clock;

    public ExportService(
            LogAppender appender,
            Checkpointer checkpointer,
            LogReader log,
            LogPublication publication,
            BlobStore blobs,
            ExportConfig config,
            LogConfig logConfig,
            Clock clock) {
        this.appender = appender;
        this.checkpointer = checkpointer;
        this.log = log;
        this.publication = publication;
        this.blobs = blobs;
        this.logConfig = logConfig;
        this.organization = config.organization();
        this.timestampWait = config.timestampWait();
        this.clock = clock;
    }

    /**
     * Records an {@code item.exported} entry per item and signs a checkpoint that contains them; the
     * items must already be authorised for {@code user}.
     */
    public PreparedExport prepare(List<ExportItem> selected, boolean derivatives, CurrentUser user) {
        UUID id = UUID.randomUUID();
        List<EntryDraft> drafts = new ArrayList<>();
        for (ExportItem e : selected) {
            drafts.add(new EntryDraft(
                    "item.exported",
                    EntryDraft.user(user.id()),
                    EntryDraft.item(e.item().id()),
                    Map.of("export", id.toString(), "blob", e.item().sha256())));
        }
        appender.appendAll(drafts);
        StoredCheckpoint checkpoint = checkpointer.checkpointNow();
        awaitTimestamp(checkpoint);
        return new PreparedExport(id, user, selected, checkpoint, clock.instant(), derivatives);
    }

    /** When authorities are configured, waits a little for the new checkpoint's timestamp. */
    private void awaitTimestamp(StoredCheckpoint checkpoint) {
        if (logConfig.timestamps().authorities().orElse(List.of()).stream().allMatch(String::isBlank)) {
            return;
        }
        Instant deadline = clock.instant().plus(timestampWait);
        while (log.timestamps(checkpoint.size()).isEmpty() && clock.instant().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Streams the package as a zip; on failure the zip is left incomplete, never silently short. */
    public void write(PreparedExport export, OutputStream out) throws IOException {
        ExportedPackage pkg = new ExportedPackage(export, log, publication);
        try (BagZipWriter bag = new BagZipWriter(out, export.name())) {
            for (ExportItem e : export.items()) {
                ItemDetails item = e.item();
                BagZipWriter.Hashes h;
                try (InputStream in = blobs.open(Digest.parse(item.sha256()), 0, item.size())) {
                    h = bag.payload(ExportedPackage.payloadPath(item), in);
                }
                if (!h.sha256().hex().equals(item.sha256())
                        || !h.sha512().hex().equals(item.sha512())
                        || h.size() != item.size()) {
                    LOG.errorf(
                            "export %s: the stored bytes of item %s no longer match their hashes",
                            export.id(), item.id());
                    throw new IOException("stored bytes no longer match their recorded hashes");
                }
                pkg.addItem(bag, e);
            }
            pkg.finishLog(bag);
            Digest tagManifest = bag.finish(pkg.bagInfo(organization, bag.payloadBytes()));
            appender.append(new EntryDraft(
                    "export.completed",
                    EntryDraft.user(export.user().id()),
                    "export:" + export.id(),
                    Map.of(
                            "items", (long) export.items().size(),
                            "payloadBytes", bag.payloadBytes(),
                            "checkpoint", export.checkpoint().size(),
                            "tagManifestSha256", tagManifest.hex())));
        }
    }
}
