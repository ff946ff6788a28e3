package org.jeli.provenance.checkpoint;

import java.util.List;
import java.util.Objects;

/**
 * What {@link NoteVerifier#verify} found. On {@link NoteStatus#VALID} it carries the note text and
 * the trusted keys whose signatures verified; on failure the text is withheld (a note's text must be
 * ignored unless verified) and {@code detail}, {@code expected} and {@code actual} say what differed.
 *
 * @param status the outcome
 * @param noteText the signed text, newline-terminated; {@code null} unless valid
 * @param signedBy the trusted keys whose signatures verified, in note order; empty unless valid
 * @param detail a short, safe explanation; {@code null} when valid
 * @param expected what the verifier wanted (e.g. the trusted keys), or {@code null}
 * @param actual what the note held (e.g. the keys that signed it), or {@code null}
 */
public record NoteVerification(
        NoteStatus status, String noteText, List<VerifierKey> signedBy, String detail, String expected, String actual) {

    public NoteVerification {
        Objects.requireNonNull(status, "status");
        signedBy = signedBy == null ? List.of() : List.copyOf(signedBy);
        if (status == NoteStatus.VALID && (noteText == null || signedBy.isEmpty())) {
            throw new IllegalArgumentException("a valid note has text and at least one signer");
        }
        if (status != NoteStatus.VALID && (noteText != null || !signedBy.isEmpty())) {
            throw new IllegalArgumentException("a failed note exposes neither text nor signers");
        }
    }

    static NoteVerification valid(String noteText, List<VerifierKey> signedBy) {
        return new NoteVerification(NoteStatus.VALID, noteText, signedBy, null, null, null);
    }

    static NoteVerification failure(NoteStatus status, String detail, String expected, String actual) {
        return new NoteVerification(status, null, List.of(), detail, expected, actual);
    }

    public boolean isValid() {
        return status == NoteStatus.VALID;
    }

    /** The first trusted key that signed; throws when the note is not valid. */
    public VerifierKey signer() {
        if (!isValid()) {
            throw new IllegalStateException("note is not valid: " + status);
        }
        return signedBy.get(0);
    }
}
