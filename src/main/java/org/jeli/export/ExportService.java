package org.jeli.export;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jeli.access.Action;
import org.jeli.access.CollectionNotFoundException;
import org.jeli.access.CurrentUser;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.common.Digest;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.ItemFilter;
import org.jeli.ingest.ItemPage;
import org.jeli.ingest.ItemStore;
import org.jeli.ingest.ItemSummary;
import org.jeli.ingest.web.ItemAccess;
import org.jeli.provenance.Checkpointer;
import org.jeli.provenance.EntryDraft;
import org.jeli.provenance.LogAppender;
import org.jeli.provenance.LogConfig;
import org.jeli.provenance.LogReader;
import org.jeli.provenance.StoredCheckpoint;
import org.jeli.storage.BlobStore;

/**
 * Exports evidence packages. {@link #prepare} runs in the request: it authorises every item
 * (404 for what the exporter may not know, 403 for what she may see but not export), records an
 * {@code item.exported} entry per item and signs a checkpoint that contains them. {@link #write}
 * then streams the bag; when it is complete, an {@code export.completed} entry records the
 * package's tag-manifest hash.
 */
@ApplicationScoped
public class ExportService {
    private static final Logger LOG = Logger.getLogger(ExportService.class);

    private final ItemStore items;
    private final ItemAccess access;
    private final SecurityIdentity identity;
    private final LogAppender appender;
    private final Checkpointer checkpointer;
    private final LogReader log;
    private final LogPublication publication;
    private final BlobStore blobs;
    private final ExportConfig config;
    private final LogConfig logConfig;
    private final Clock clock;

    public ExportService(
            ItemStore items,
            ItemAccess access,
            SecurityIdentity identity,
            LogAppender appender,
            Checkpointer checkpointer,
            LogReader log,
            LogPublication publication,
            BlobStore blobs,
            ExportConfig config,
            LogConfig logConfig,
            Clock clock) {
        this.items = items;
        this.access = access;
        this.identity = identity;
        this.appender = appender;
        this.checkpointer = checkpointer;
        this.log = log;
        this.publication = publication;
        this.blobs = blobs;
        this.config = config;
        this.logConfig = logConfig;
        this.clock = clock;
    }

    public PreparedExport prepare(ExportRequest request) {
        CurrentUser user = CurrentUsers.from(identity);
        List<ItemAccess.Granted> granted = select(request, user);
        UUID id = UUID.randomUUID();
        List<EntryDraft> drafts = new ArrayList<>();
        for (ItemAccess.Granted g : granted) {
            drafts.add(new EntryDraft(
                    "item.exported",
                    EntryDraft.user(user.id()),
                    EntryDraft.item(g.item().id()),
                    Map.of("export", id.toString(), "blob", g.item().sha256())));
        }
        appender.appendAll(drafts);
        StoredCheckpoint checkpoint = checkpointer.checkpointNow();
        awaitTimestamp(checkpoint);
        return new PreparedExport(id, user, granted, checkpoint, clock.instant(), request.derivatives());
    }

    private List<ItemAccess.Granted> select(ExportRequest request, CurrentUser user) {
        List<String> ids = new ArrayList<>(request.items());
        if (request.collection() != null) {
            for (int page = 0; ; page++) {
                ItemPage p = items.list(
                        new ItemFilter(request.collection(), null, null, null, page, ItemFilter.MAX_SIZE), user.id());
                p.items().stream().map(ItemSummary::id).map(UUID::toString).forEach(ids::add);
                if (p.items().size() < ItemFilter.MAX_SIZE || ids.size() > config.maxItems()) {
                    break;
                }
            }
            if (ids.isEmpty()) {
                throw new CollectionNotFoundException();
            }
        }
        if (ids.size() > config.maxItems()) {
            throw new InvalidFieldException("items", "at most " + config.maxItems() + " items per package");
        }
        Map<UUID, ItemAccess.Granted> unique = new LinkedHashMap<>();
        for (String id : ids) {
            ItemAccess.Granted g = access.authorize(id, Action.EXPORT);
            unique.putIfAbsent(g.item().id(), g);
        }
        return List.copyOf(unique.values());
    }

    /** When authorities are configured, waits a little for the new checkpoint's timestamp. */
    private void awaitTimestamp(StoredCheckpoint checkpoint) {
        if (logConfig.timestamps().authorities().orElse(List.of()).stream().allMatch(String::isBlank)) {
            return;
        }
        Instant deadline = clock.instant().plus(config.timestampWait());
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
            for (ItemAccess.Granted g : export.items()) {
                ItemDetails item = g.item();
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
                pkg.addItem(bag, g);
            }
            pkg.finishLog(bag);
            Digest tagManifest = bag.finish(pkg.bagInfo(config.organization(), bag.payloadBytes()));
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
