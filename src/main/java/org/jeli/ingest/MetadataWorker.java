package org.jeli.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.jboss.logging.Logger;
import org.jeli.common.Digest;
import org.jeli.ingest.jdbc.JdbcMetadataStore;
import org.jeli.metadata.ExtractionOutcome;
import org.jeli.metadata.ExtractionResult;
import org.jeli.metadata.MetadataExtractor;
import org.jeli.metadata.NormalizedMetadata;
import org.jeli.storage.BlobStore;

/** Extracts one stored blob's metadata and records the outcome. Never logs content or metadata. */
@ApplicationScoped
public class MetadataWorker {
    private static final Logger LOG = Logger.getLogger(MetadataWorker.class);
    static final int MAX_ATTEMPTS = 3;
    /** After a failed attempt a file waits this long before the next, so a short outage uses none up. */
    static final Duration RETRY_DELAY = Duration.ofMinutes(5);

    private static final String OCTET_STREAM = "application/octet-stream";

    private final BlobStore blobs;
    private final MetadataExtractor extractor;
    private final JdbcMetadataStore store;
    private final Clock clock;

    public MetadataWorker(BlobStore blobs, MetadataExtractor extractor, JdbcMetadataStore store, Clock clock) {
        this.blobs = blobs;
        this.extractor = extractor;
        this.store = store;
        this.clock = clock;
    }

    void process(Digest sha256) {
        try {
            ExtractionResult result = extract(sha256);
            store.complete(sha256, result, extractor.version(), clock.instant());
        } catch (CancellationException e) {
            // the service is stopping: not the extractor's failure; the row stays due and resumes at start
        } catch (IOException | RuntimeException e) {
            int attempts = store.failedAttempt(sha256, clock.instant().plus(RETRY_DELAY));
            LOG.warnf(
                    "metadata extraction of a stored file failed (attempt %d): %s",
                    attempts, e.getClass().getSimpleName());
            if (attempts >= MAX_ATTEMPTS) {
                ExtractionResult failed = new ExtractionResult(
                        ExtractionOutcome.FAILED,
                        "extractor failed " + attempts + " times",
                        NormalizedMetadata.onlyType(null),
                        null,
                        null);
                store.complete(sha256, failed, extractor.version(), clock.instant());
            }
        }
    }

    /**
     * From an encrypted store the plaintext must be decrypted into a scratch file for Tika. Content
     * of a type no parser reads (application/octet-stream: random or unknown bytes) is extracted from
     * its first bytes only, which gives the same outcome without decrypting and writing a copy of a
     * possibly huge file; everything else from a full copy.
     */
    private ExtractionResult extract(Digest sha256) throws IOException {
        try (ScratchCopy head = ScratchCopy.of(blobs, sha256, IngestService.DETECTION_BYTES)) {
            if (!head.isPartial(blobs.size(sha256))
                    || OCTET_STREAM.equals(extractor.detectMediaType(head.file(), null))) {
                return extractor.extract(head.file(), null);
            }
        }
        try (ScratchCopy copy = ScratchCopy.of(blobs, sha256, Long.MAX_VALUE)) {
            return extractor.extract(copy.file(), null);
        }
    }
}
