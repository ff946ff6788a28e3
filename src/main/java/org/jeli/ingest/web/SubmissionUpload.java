package org.jeli.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.MissingFileException;
import org.jeli.ingest.SubmissionForm;
import org.jeli.ingest.SubmissionRequest;
import org.jeli.ingest.web.multipart.MultipartLimits;
import org.jeli.ingest.web.multipart.MultipartReader;
import org.jeli.ingest.web.multipart.Part;
import org.jeli.storage.BlobStore;
import org.jeli.storage.StagedBlob;

/**
 * One streaming multipart submission as {@code POST /api/items} and {@code POST /api/imports} take
 * it: exactly one {@code file} part, staged in the blob store as it streams, the descriptive fields
 * of {@link SubmissionForm} (each at most once), and the endpoint's own extra fields; anything else
 * is an {@code invalid-field} problem. Closing it removes the staged bytes unless they were
 * committed.
 */
public final class SubmissionUpload implements AutoCloseable {
    private final StagedBlob staged;
    private final Map<String, String> fields;
    private final Map<String, String> extras;
    private final String fileName;
    private final String declaredType;

    private SubmissionUpload(
            StagedBlob staged,
            Map<String, String> fields,
            Map<String, String> extras,
            String fileName,
            String declaredType) {
        this.staged = staged;
        this.fields = fields;
        this.extras = extras;
        this.fileName = fileName;
        this.declaredType = declaredType;
    }

    /** Reads the whole body; on any refusal nothing stays staged. */
    public static SubmissionUpload read(
            InputStream body, String contentType, BlobStore blobs, long maxBytes, Set<String> extraFields)
            throws IOException {
        MultipartReader reader = new MultipartReader(body, contentType, MultipartLimits.defaults());
        Map<String, String> fields = new HashMap<>();
        Map<String, String> extras = new HashMap<>();
        StagedBlob staged = null;
        String fileName = null;
        String declaredType = null;
        try {
            for (Optional<Part> next = reader.next(); next.isPresent(); next = reader.next()) {
                Part part = next.get();
                String name = part.name() == null ? "" : part.name();
                if (SubmissionForm.FILE.equals(name)) {
                    if (staged != null) {
                        throw new InvalidFieldException("file", "only one file per request");
                    }
                    fileName = part.fileName();
                    declaredType = part.contentType();
                    staged = blobs.stage(part.content(), maxBytes);
                } else if (SubmissionForm.FIELDS.contains(name) || extraFields.contains(name)) {
                    Map<String, String> into = extraFields.contains(name) ? extras : fields;
                    if (into.put(name, reader.readText(part)) != null) {
                        throw new InvalidFieldException(name, "given more than once");
                    }
                } else {
                    throw new InvalidFieldException(SubmissionForm.safeName(name), "unknown field");
                }
            }
            if (staged == null) {
                throw new MissingFileException();
            }
            return new SubmissionUpload(staged, fields, extras, fileName, declaredType);
        } catch (IOException | RuntimeException e) {
            if (staged != null) {
                staged.close();
            }
            throw e;
        }
    }

    public StagedBlob staged() {
        return staged;
    }

    /** The validated descriptive fields; {@code method} names how the bytes came. */
    public SubmissionRequest request(String method) {
        return SubmissionForm.validate(fields, fileName, declaredType, method);
    }

    /** An extra field of the endpoint, when it was sent. */
    public Optional<String> extra(String name) {
        return Optional.ofNullable(extras.get(name));
    }

    @Override
    public void close() {
        staged.close();
    }
}
