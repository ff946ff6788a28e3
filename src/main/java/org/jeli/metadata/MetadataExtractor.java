package org.jeli.metadata;

import java.nio.file.Path;

/**
 * Port: reads what a stored file says about itself. Implementations must never throw for a bad
 * file: every failure, timeout or limit is an {@link ExtractionOutcome} in the result. Only a
 * broken environment (for example the file vanished) may throw.
 */
public interface MetadataExtractor {

    /** Detects the media type from the content; the file name is only a hint. Bounded in time. */
    String detectMediaType(Path storedFile, String fileNameHint);

    /** Extracts metadata and text from the stored file, within the configured limits. */
    ExtractionResult extract(Path storedFile, String fileNameHint);

    /** A short name and version of the extractor, recorded with each result. */
    String version();
}
