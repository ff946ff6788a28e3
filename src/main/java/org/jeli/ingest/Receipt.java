package org.jeli.ingest;

import org.jeli.common.Digest;

/** What the archive tells the submitter once their bytes are durably stored and recorded. */
public record Receipt(
        RecordedSubmission recorded, Digest sha256, Digest sha512, long size, String mediaType, boolean newBlob) {}
