package org.jeli.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
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
            Optional<Path> local = blobs.localFile(sha256);
            ExtractionResult result =
                    local.isPresent() ? extractor.extract(local.get(), null) : extractFromCopy(sha256);
            store.complete(sha256, result, extractor.version(), clock.instant());
        } catch (IOException | RuntimeException e) {
            int attempts = store.failedAttempt(sha256);
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

    private ExtractionResult extractFromCopy(Digest sha256) throws IOException {
        Path tmp = Files.createTempFile("jeli-extract", ".bin");
        try {
            try (InputStream in = blobs.open(sha256, 0, Long.MAX_VALUE)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            return extractor.extract(tmp, null);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
