package org.jeli.fixity;

/** What re-reading a blob found. Stable names: they appear in log entries and the API. */
public enum FixityOutcome {
    /** The bytes hash to the recorded SHA-256 and SHA-512, with the recorded size. */
    OK,
    /** The bytes were read but differ from what was recorded (hash or size). */
    CHANGED,
    /** The store has nothing under the blob's content address. */
    MISSING,
    /** The bytes could not be read (I/O error, or an integrity check of the store failed). */
    UNREADABLE
}
