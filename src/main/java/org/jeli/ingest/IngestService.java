package org.jeli.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.jeli.access.AccessDeniedException;
import org.jeli.access.AccessPolicy;
import org.jeli.access.Collection;
import org.jeli.access.CollectionNotFoundException;
import org.jeli.access.CurrentUser;
import org.jeli.access.Decision;
import org.jeli.access.jdbc.JdbcAccessStore;
import org.jeli.metadata.FileNameClaims;
import org.jeli.metadata.FileNameDate;
import org.jeli.metadata.MetadataExtractor;
import org.jeli.storage.BlobStore;
import org.jeli.storage.StagedBlob;

/**
 * Accepts a submission whose bytes are already staged: publishes the blob, detects its type by
 * content, records blob, item and submission in one transaction, then queues metadata extraction.
 * Preserve first, analyse second: nothing here parses the file beyond type detection, and a parser
 * failure can never lose the upload.
 */
@ApplicationScoped
public class IngestService {
    private static final String UNKNOWN_TYPE = "application/octet-stream";
    static final long DETECTION_BYTES = 16L << 20;

    private final BlobStore blobs;
    private final ItemStore items;
    private final MetadataExtractor extractor;
    private final MetadataQueue queue;
    private final JdbcAccessStore access;
    private final AccessPolicy policy;
    private final CommitmentCheck commitments;
    private final Clock clock;

    public IngestService(
            BlobStore blobs,
            ItemStore items,
            MetadataExtractor extractor,
            MetadataQueue queue,
            JdbcAccessStore access,
            AccessPolicy policy,
            CommitmentCheck commitments,
            Clock clock) {
        this.blobs = blobs;
        this.items = items;
        this.extractor = extractor;
        this.queue = queue;
        this.access = access;
        this.policy = policy;
        this.commitments = commitments;
        this.clock = clock;
    }

    /**
     * Publishes and records the staged bytes, if the user may add to the collection: non-members
     * get 404 (they may not learn it exists), members without the archivist role 403. A refused
     * upload leaves nothing behind. Bytes are verified against a commitment before they are
     * published (see {@link CommitmentCheck}); when they fulfil one and bring neither title nor
     * description, the item takes the commitment's claims.
     */
    public Receipt accept(StagedBlob staged, SubmissionRequest submitted, CurrentUser user) throws IOException {
        SubmissionRequest request = submitted;
        Collection collection = access.collection(request.collection()).orElseThrow(CollectionNotFoundException::new);
        Decision decision = policy.decideUpload(access.membership(user.id(), collection.id()));
        if (decision == Decision.HIDDEN) {
            throw new CollectionNotFoundException();
        }
        if (!decision.allowed()) {
            throw new AccessDeniedException("only archivists of this collection may add to it");
        }
        Optional<ItemCommitment> fulfils = commitments.verify(request, collection.id(), staged, user.id());
        if (fulfils.isPresent()
                && request.claims().title().isEmpty()
                && request.claims().description().isEmpty()) {
            request = request.withClaims(fulfils.get().claims());
        }
        boolean newBlob = staged.commit();
        String detected = detectType(staged.sha256());
        Optional<FileNameDate> fromName =
                Optional.ofNullable(request.originalFilename()).flatMap(FileNameClaims::dateClaim);
        NewSubmission submission = new NewSubmission(
                staged.sha256(),
                staged.sha512(),
                staged.size(),
                detected,
                request,
                collection.id(),
                user.id(),
                clock.instant(),
                fromName.map(FileNameDate::isoValue).orElse(null),
                fromName.map(FileNameDate::pattern).orElse(null),
                fulfils.map(ItemCommitment::id).orElse(null));
        RecordedSubmission recorded = items.record(submission);
        queue.enqueue(staged.sha256());
        return new Receipt(recorded, staged.sha256(), staged.sha512(), staged.size(), detected, newBlob);
    }

    /**
     * By content only: the file name and declared type are claims, kept beside it. Detection reads
     * the beginning of a file, so from an encrypted store only the first {@value #DETECTION_BYTES}
     * bytes are decrypted for it (a large ZIP-based document may then be detected as a plain ZIP;
     * the extraction that follows reads the whole file and records the type it finds).
     */
    public String detectType(org.jeli.common.Digest sha256) throws IOException {
        try (ScratchCopy copy = ScratchCopy.of(blobs, sha256, DETECTION_BYTES)) {
            String type = extractor.detectMediaType(copy.file(), null);
            return type == null || type.isBlank() ? UNKNOWN_TYPE : type;
        }
    }
}
