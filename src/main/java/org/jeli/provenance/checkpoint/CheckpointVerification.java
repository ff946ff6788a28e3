package org.jeli.provenance.checkpoint;

import java.util.List;
import java.util.Objects;

/**
 * What {@link NoteVerifier#verifyCheckpoint} found: a checkpoint validly signed by trusted keys, or
 * the reason it is not.
 *
 * @param status the outcome
 * @param checkpoint the parsed checkpoint; {@code null} unless valid
 * @param signedBy the trusted keys whose signatures verified; empty unless valid
 * @param detail a short, safe explanation; {@code null} when valid
 * @param expected what the verifier wanted, or {@code null}
 * @param actual what the note held, or {@code null}
 */
public record CheckpointVerification(
        NoteStatus status,
        Checkpoint checkpoint,
        List<VerifierKey> signedBy,
        String detail,
        String expected,
        String actual) {

    public CheckpointVerification {
        Objects.requireNonNull(status, "status");
        signedBy = signedBy == null ? List.of() : List.copyOf(signedBy);
        if ((status == NoteStatus.VALID) != (checkpoint != null)) {
            throw new IllegalArgumentException("exactly the valid results carry a checkpoint");
        }
    }

    static CheckpointVerification valid(Checkpoint checkpoint, List<VerifierKey> signedBy) {
        return new CheckpointVerification(NoteStatus.VALID, checkpoint, signedBy, null, null, null);
    }

    static CheckpointVerification failure(NoteStatus status, String detail, String expected, String actual) {
        return new CheckpointVerification(status, null, List.of(), detail, expected, actual);
    }

    public boolean isValid() {
        return status == NoteStatus.VALID;
    }
}
