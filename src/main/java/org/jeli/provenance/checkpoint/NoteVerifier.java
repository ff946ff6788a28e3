package org.jeli.provenance.checkpoint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Checks C2SP signed notes against a fixed set of trusted Ed25519 keys — typically the log's
 * current key and its retired ones. Follows the specification's rules: signatures by unknown keys
 * (name and key ID must both match) are ignored; a trusted key's signature that fails makes the
 * whole note fail; at least one trusted signature must verify.
 *
 * <p>{@link #verify} never throws for bad input: every problem comes back as a {@link
 * NoteVerification} with a {@link NoteStatus}. Thread-safe and immutable.
 */
public final class NoteVerifier {
    private final Map<String, VerifierKey> trusted;

    private NoteVerifier(Collection<VerifierKey> keys) {
        Map<String, VerifierKey> byLabel = new LinkedHashMap<>();
        for (VerifierKey key : keys) {
            VerifierKey previous = byLabel.putIfAbsent(key.label(), key);
            if (previous != null && !previous.equals(key)) {
                throw new IllegalArgumentException("two different keys share name and key ID " + key.label());
            }
        }
        if (byLabel.isEmpty()) {
            throw new IllegalArgumentException("a note verifier needs at least one key");
        }
        this.trusted = Map.copyOf(byLabel);
    }

    /** A verifier trusting one key, given as {@code name+hex8+base64}. */
    public static NoteVerifier fromVerifierKey(String vkey) {
        return new NoteVerifier(List.of(VerifierKey.parse(vkey)));
    }

    /** A verifier trusting each of the given verifier key strings (e.g. current and retired). */
    public static NoteVerifier fromVerifierKeys(Collection<String> vkeys) {
        return new NoteVerifier(vkeys.stream().map(VerifierKey::parse).toList());
    }

    /** A verifier trusting each of {@code keys}. */
    public static NoteVerifier of(Collection<VerifierKey> keys) {
        return new NoteVerifier(List.copyOf(keys));
    }

    /** The trusted keys. */
    public Set<VerifierKey> trustedKeys() {
        return Set.copyOf(trusted.values());
    }

    /** Verifies a signed note given as bytes; invalid UTF-8 is {@link NoteStatus#MALFORMED_NOTE}. */
    public NoteVerification verify(byte[] signedNote) {
        if (signedNote == null || signedNote.length > SignedNote.MAX_CHARS * 4) {
            return NoteVerification.failure(NoteStatus.MALFORMED_NOTE, "note is missing or too large", null, null);
        }
        String text = NoteSyntax.decodeUtf8(signedNote);
        return text == null
                ? NoteVerification.failure(NoteStatus.MALFORMED_NOTE, "note is not valid UTF-8", null, null)
                : verify(text);
    }

    /** Verifies a signed note. */
    public NoteVerification verify(String signedNote) {
        SignedNote note;
        try {
            note = SignedNote.parse(signedNote);
        } catch (SignedNote.Malformed e) {
            return NoteVerification.failure(NoteStatus.MALFORMED_NOTE, e.getMessage(), null, null);
        }
        if (note.signatures().isEmpty()) {
            return NoteVerification.failure(
                    NoteStatus.NO_SIGNATURE, "note has no signature lines", trustedLabels(), null);
        }
        byte[] message = note.text().getBytes(StandardCharsets.UTF_8);
        List<VerifierKey> signedBy = new ArrayList<>();
        for (SignedNote.Line line : note.signatures()) {
            VerifierKey key = trusted.get(line.label());
            if (key == null || signedBy.contains(key)) {
                continue;
            }
            if (!verifies(key, message, line.signature())) {
                return NoteVerification.failure(
                        NoteStatus.BAD_SIGNATURE,
                        "signature by trusted key " + key.label() + " does not verify over the note text",
                        "a valid Ed25519 signature by " + key.label(),
                        line.signature().length == 64
                                ? "a signature that does not verify"
                                : line.signature().length + " signature bytes instead of 64");
            }
            signedBy.add(key);
        }
        if (signedBy.isEmpty()) {
            String present = note.signatures().stream()
                    .map(SignedNote.Line::label)
                    .collect(Collectors.toCollection(LinkedHashSet::new))
                    .stream()
                    .collect(Collectors.joining(", "));
            return NoteVerification.failure(
                    NoteStatus.UNKNOWN_KEY, "no signature by a trusted key", trustedLabels(), present);
        }
        return NoteVerification.valid(note.text(), signedBy);
    }

    /**
     * Verifies a signed checkpoint and parses its text.
     *
     * @param expectedOrigin the log the checkpoint must come from, or {@code null} to accept any
     */
    public CheckpointVerification verifyCheckpoint(String signedNote, String expectedOrigin) {
        NoteVerification note = verify(signedNote);
        if (!note.isValid()) {
            return CheckpointVerification.failure(note.status(), note.detail(), note.expected(), note.actual());
        }
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.parseBody(note.noteText());
        } catch (IllegalArgumentException e) {
            return CheckpointVerification.failure(NoteStatus.MALFORMED_CHECKPOINT, e.getMessage(), null, null);
        }
        if (expectedOrigin != null && !expectedOrigin.equals(checkpoint.origin())) {
            return CheckpointVerification.failure(
                    NoteStatus.WRONG_ORIGIN, "checkpoint is from another log", expectedOrigin, checkpoint.origin());
        }
        return CheckpointVerification.valid(checkpoint, note.signedBy());
    }

    private static boolean verifies(VerifierKey key, byte[] message, byte[] signature) {
        if (signature.length != 64) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(key.publicKey(), 0));
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    private String trustedLabels() {
        return trusted.keySet().stream().sorted().collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return "NoteVerifier" + trusted.keySet().stream().sorted().toList();
    }
}
