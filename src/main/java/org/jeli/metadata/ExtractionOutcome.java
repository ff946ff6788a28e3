package org.jeli.metadata;

/** What happened when metadata extraction ran on a stored file. */
public enum ExtractionOutcome {
    /** Parsed completely. */
    OK,
    /** The parser failed on this file (corrupt, truncated, malformed). */
    FAILED,
    /** The parser exceeded the time limit and was abandoned. */
    TIMEOUT,
    /** An output limit (text size, embedded documents) was reached; what was read is kept. */
    LIMIT,
    /** The file is encrypted or password-protected. */
    ENCRYPTED,
    /** No parser understands this type; only the detected type is known. */
    UNSUPPORTED
}
