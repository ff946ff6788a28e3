package org.jeli.provenance.checkpoint;

/** The outcome of checking a signed note or a signed checkpoint. Stable codes: never renumber. */
public enum NoteStatus {
    /** At least one trusted key signed the text, and no trusted key's signature failed. */
    VALID,
    /** Not a signed note: bad UTF-8, control characters, bad signature lines, too large. */
    MALFORMED_NOTE,
    /** Well-formed text without any signature line. */
    NO_SIGNATURE,
    /** Signed, but by no trusted key (name and key ID both must match). */
    UNKNOWN_KEY,
    /** A trusted key's signature does not verify over the text. */
    BAD_SIGNATURE,
    /** Validly signed, but the text is not a C2SP checkpoint. */
    MALFORMED_CHECKPOINT,
    /** Validly signed checkpoint of another log than the one expected. */
    WRONG_ORIGIN
}
