package org.jeli.ingest.tus;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.jeli.access.CurrentUser;
import org.jeli.common.JeliException;
import org.jeli.ingest.IngestConfig;
import org.jeli.ingest.IngestService;
import org.jeli.ingest.Receipt;
import org.jeli.ingest.SubmissionRequest;
import org.jeli.ingest.tus.jdbc.JdbcUploadStore;
import org.jeli.storage.BlobStore;
import org.jeli.storage.StagedBlob;

/**
 * Hands a complete upload to the same ingest pipeline as {@code POST /api/items}: the part files
 * are streamed into the blob store, which hashes them again (SHA-256 and SHA-512) in the same pass,
 * so the recorded hashes never depend on state kept across restarts. A refusal by the pipeline (lost
 * membership, commitment mismatch, invalid fields) ends the upload and removes its bytes; a failure
 * of the infrastructure keeps them, and a PATCH at the final offset tries again.
 */
@ApplicationScoped
public class UploadCompletion {
    private static final Logger LOG = Logger.getLogger(UploadCompletion.class);

    private final JdbcUploadStore store;
    private final PartFiles parts;
    private final BlobStore blobs;
    private final IngestService ingest;
    private final IngestConfig ingestConfig;
    private final Clock clock;

    public UploadCompletion(
            JdbcUploadStore store,
            PartFiles parts,
            BlobStore blobs,
            IngestService ingest,
            IngestConfig ingestConfig,
            Clock clock) {
        this.store = store;
        this.parts = parts;
        this.blobs = blobs;
        this.ingest = ingest;
        this.ingestConfig = ingestConfig;
        this.clock = clock;
    }

    Receipt complete(Upload u, CurrentUser user) throws IOException {
        SubmissionRequest request;
        Receipt receipt;
        try (InputStream in = parts.open(u.id(), u.partKey(), u.length());
                StagedBlob staged = blobs.stage(in, ingestConfig.maxUploadSize())) {
            try {
                request = UploadMetadata.request(u.metadata());
                receipt = ingest.accept(staged, request, user);
            } catch (JeliException refused) {
                LOG.infof(
                        "upload %s was refused at completion (%s); its bytes are removed",
                        u.id(), refused.getClass().getSimpleName());
                store.delete(u.id());
                parts.delete(u.id());
                throw refused;
            }
        }
        store.complete(u.id(), receipt.recorded().itemId(), clock.instant());
        parts.delete(u.id());
        return receipt;
    }
}
