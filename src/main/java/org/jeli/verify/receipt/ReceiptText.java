package org.jeli.verify.receipt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jeli.provenance.checkpoint.Checkpoint;
import org.jeli.provenance.checkpoint.VerifierKey;

/**
 * A submission receipt as short ASCII text (version 1), small enough for three SMS and for a QR
 * code. Nine lines, each a label, one space and a value:
 *
 * <pre>
 * JELI RECEIPT 1
 * item 0b7d5c1e-8f62-4c1a-9d53-2f0e6a3b9c41
 * sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
 * entry 41
 * log jeli.example.org/log
 * size 42
 * root CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=
 * sig base64(key ID || Ed25519 signature)
 * key jeli.example.org/log+1a2b3c4d+AdGF...
 * </pre>
 *
 * {@code log}, {@code size} and {@code root} are the C2SP checkpoint body; {@code sig} is the
 * signature line's base64 (its key name is the one in {@code key}), so {@link #signedNote()} rebuilds
 * the signed checkpoint byte for byte and anyone can check it offline.
 *
 * <p>Parsing is strict: exactly these lines in this order, ASCII only, no blank line and no trailing
 * space; lines end in LF (CR LF is accepted, as is a missing final line end, because receipts are
 * copied by hand and through phones). Everything else is rejected with the first rule broken.
 *
 * @param item the item id
 * @param sha256 the submitted bytes' SHA-256, 64 lowercase hex digits
 * @param entry the index of the submission's log entry; less than the checkpoint size
 * @param checkpoint the first checkpoint whose tree contains the entry
 * @param signature the 4-byte key ID followed by the 64-byte Ed25519 signature (copied in and out)
 * @param key the key that signed the checkpoint (its name is the signature line's key name)
 */
public record ReceiptText(
        UUID item, String sha256, long entry, Checkpoint checkpoint, byte[] signature, VerifierKey key) {
    /** The first line of a version 1 receipt. */
    public static final String HEADER = "JELI RECEIPT 1";

    /** Longer inputs are not receipts (a receipt is about 420 characters). */
    public static final int MAX_LENGTH = 2048;

    private static final List<String> LABELS = List.of("item", "sha256", "entry", "log", "size", "root", "sig", "key");
    private static final int SIGNATURE_BLOB = 4 + 64;

    public ReceiptText {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(key, "key");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 is not 64 lowercase hex digits");
        }
        if (entry < 0 || entry >= checkpoint.size()) {
            throw new IllegalArgumentException("the entry index is not below the checkpoint size");
        }
        if (signature == null || signature.length != SIGNATURE_BLOB) {
            throw new IllegalArgumentException("sig is not a 4-byte key ID and a 64-byte signature");
        }
        if (!MessageDigest.isEqual(Arrays.copyOf(signature, 4), key.keyId())) {
            throw new IllegalArgumentException("sig is not by the key on the receipt (key IDs differ)");
        }
        if (!isPrintableAscii(checkpoint.origin()) || !isPrintableAscii(key.keyName())) {
            throw new IllegalArgumentException("the log origin and key name must be printable ASCII");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /**
     * The receipt for a signed checkpoint note: takes the signature line by {@code key} out of it.
     *
     * @throws IllegalArgumentException when the note holds no well-formed signature by {@code key}
     */
    public static ReceiptText of(UUID item, String sha256, long entry, String signedNote, VerifierKey key) {
        int split = signedNote.lastIndexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("the note has no signature block");
        }
        String body = signedNote.substring(0, split + 1);
        Checkpoint checkpoint = Checkpoint.parseBody(body);
        if (!checkpoint.body().equals(body)) {
            throw new IllegalArgumentException("the checkpoint has extension lines, which a receipt cannot carry");
        }
        String prefix = "\u2014 " + key.keyName() + " ";
        for (String line : signedNote.substring(split + 2).split("\n")) {
            if (line.startsWith(prefix)) {
                byte[] blob = canonicalBase64(line.substring(prefix.length()));
                if (blob != null
                        && blob.length == SIGNATURE_BLOB
                        && MessageDigest.isEqual(Arrays.copyOf(blob, 4), key.keyId())) {
                    return new ReceiptText(item, sha256, entry, checkpoint, blob, key);
                }
            }
        }
        throw new IllegalArgumentException("the note holds no signature by " + key.label());
    }

    /** The receipt text, nine LF-terminated lines. */
    public String format() {
        return HEADER + "\n"
                + "item " + item + "\n"
                + "sha256 " + sha256 + "\n"
                + "entry " + entry + "\n"
                + "log " + checkpoint.origin() + "\n"
                + "size " + checkpoint.size() + "\n"
                + "root " + Base64.getEncoder().encodeToString(checkpoint.rootHash()) + "\n"
                + "sig " + Base64.getEncoder().encodeToString(signature) + "\n"
                + "key " + key.encoded() + "\n";
    }

    /** The signed checkpoint note the receipt stands for, as the log wrote it. */
    public String signedNote() {
        return checkpoint.body() + "\n\u2014 " + key.keyName() + " "
                + Base64.getEncoder().encodeToString(signature) + "\n";
    }

    /**
     * Reads a receipt.
     *
     * @throws IllegalArgumentException naming the first rule the text breaks
     */
    public static ReceiptText parse(byte[] bytes) {
        if (bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("longer than " + MAX_LENGTH + " bytes");
        }
        for (byte b : bytes) {
            if (b < 0) {
                throw new IllegalArgumentException("holds a byte that is not ASCII");
            }
        }
        return parse(new String(bytes, StandardCharsets.US_ASCII));
    }

    /**
     * Reads a receipt.
     *
     * @throws IllegalArgumentException naming the first rule the text breaks
     */
    public static ReceiptText parse(String text) {
        String[] values = values(text);
        UUID item = uuid(values[0]);
        String sha256 = values[1];
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("sha256 is not 64 lowercase hex digits");
        }
        long entry = decimal("entry", values[2]);
        long size = decimal("size", values[4]);
        byte[] root = canonicalBase64(values[5]);
        if (root == null || root.length != Checkpoint.HASH_LENGTH) {
            throw new IllegalArgumentException("root is not canonical base64 of 32 bytes");
        }
        byte[] signature = canonicalBase64(values[6]);
        if (signature == null) {
            throw new IllegalArgumentException("sig is not canonical base64");
        }
        VerifierKey key;
        try {
            key = VerifierKey.parse(values[7]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key: " + e.getMessage());
        }
        return new ReceiptText(item, sha256, entry, new Checkpoint(values[3], size, root), signature, key);
    }

    /** The eight values after the header, each checked for its label. */
    private static String[] values(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("longer than " + MAX_LENGTH + " characters");
        }
        if (!isPrintableAscii(text.replace("\r\n", "").replace("\n", ""))) {
            throw new IllegalArgumentException("holds a character that is not printable ASCII");
        }
        String body = text.replace("\r\n", "\n");
        if (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        String[] lines = body.split("\n", -1);
        if (!lines[0].equals(HEADER)) {
            throw new IllegalArgumentException(
                    lines[0].startsWith("JELI RECEIPT ") ? "unsupported receipt version" : "not a Jeli receipt");
        }
        if (lines.length != LABELS.size() + 1) {
            throw new IllegalArgumentException("has " + lines.length + " lines instead of " + (LABELS.size() + 1));
        }
        String[] values = new String[LABELS.size()];
        for (int i = 0; i < LABELS.size(); i++) {
            String prefix = LABELS.get(i) + " ";
            String line = lines[i + 1];
            if (!line.startsWith(prefix) || line.length() == prefix.length()) {
                throw new IllegalArgumentException("line " + (i + 2) + " is not \"" + prefix + "<value>\"");
            }
            String value = line.substring(prefix.length());
            if (!value.strip().equals(value)) {
                throw new IllegalArgumentException("line " + (i + 2) + " has surrounding spaces");
            }
            values[i] = value;
        }
        return values;
    }

    private static UUID uuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equals(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("item is not a lowercase UUID");
    }

    private static long decimal(String label, String text) {
        boolean digits = text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || (text.length() > 1 && text.charAt(0) == '0') || text.length() > 18) {
            throw new IllegalArgumentException(label + " is not a decimal number without leading zeros");
        }
        return Long.parseLong(text);
    }

    private static byte[] canonicalBase64(String text) {
        if (text.isEmpty() || text.length() % 4 != 0) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            return Base64.getEncoder().encodeToString(bytes).equals(text) ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isPrintableAscii(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceiptText r
                && r.item.equals(item)
                && r.sha256.equals(sha256)
                && r.entry == entry
                && r.checkpoint.equals(checkpoint)
                && MessageDigest.isEqual(r.signature, signature)
                && r.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, sha256, entry, checkpoint, Arrays.hashCode(signature), key);
    }

    @Override
    public String toString() {
        return "ReceiptText[item=" + item + ", entry=" + entry + ", checkpoint size=" + checkpoint.size() + "]";
    }
}
