package org.jeli.provenance.checkpoint;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A log checkpoint in the C2SP tlog-checkpoint format: the origin (the log's identity), the tree
 * size and the RFC 9162 root hash at that size.
 *
 * <p>The note text ({@link #body()}) is three lines, each ending in a newline:
 *
 * <pre>
 * jeli.example/log
 * 20852163
 * CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=
 * </pre>
 *
 * Jeli writes no extension lines. {@link #parseBody} accepts the extension lines the specification
 * allows (non-empty lines after the root) and ignores them, so {@code parseBody(t).body()} equals
 * {@code t} only when {@code t} has none; their bytes are still covered by the note signature.
 *
 * @param origin the log identity: non-empty, no control characters (so no newline)
 * @param size the number of leaves, {@code >= 0}
 * @param rootHash the 32-byte root hash (copied in and out)
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {
    /** Length of a SHA-256 root hash. */
    public static final int HASH_LENGTH = 32;

    public Checkpoint {
        if (origin == null || origin.isEmpty()) {
            throw new IllegalArgumentException("checkpoint origin is empty");
        }
        if (NoteSyntax.problemWith(origin) != null || origin.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("checkpoint origin holds a control character");
        }
        if (size < 0) {
            throw new IllegalArgumentException("checkpoint size is negative");
        }
        if (rootHash == null || rootHash.length != HASH_LENGTH) {
            throw new IllegalArgumentException("checkpoint root hash must be " + HASH_LENGTH + " bytes");
        }
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note text: {@code origin\nsize\nbase64(root)\n}. This is what the log signs. */
    public String body() {
        return origin + "\n" + size + "\n" + NoteSyntax.encodeBase64(rootHash) + "\n";
    }

    /**
     * Parses a checkpoint note text strictly: at least three lines, each ending in a newline; a
     * non-empty origin; a decimal size without sign or leading zeros that fits a {@code long}; a
     * canonical padded base64 root of 32 bytes; any further lines non-empty (ignored).
     *
     * @throws IllegalArgumentException naming the first rule the text breaks
     */
    public static Checkpoint parseBody(String text) {
        if (text == null || !text.endsWith("\n")) {
            throw new IllegalArgumentException("checkpoint text must end with a newline");
        }
        String problem = NoteSyntax.problemWith(text);
        if (problem != null) {
            throw new IllegalArgumentException("checkpoint text " + problem);
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new IllegalArgumentException("checkpoint text needs origin, size and root hash lines");
        }
        for (int i = 3; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw new IllegalArgumentException("checkpoint extension line " + (i + 1) + " is empty");
            }
        }
        byte[] root = NoteSyntax.decodeBase64(lines[2]);
        if (root == null || root.length != HASH_LENGTH) {
            throw new IllegalArgumentException("checkpoint root hash is not canonical base64 of 32 bytes");
        }
        return new Checkpoint(lines[0], parseSize(lines[1]), root);
    }

    private static long parseSize(String line) {
        boolean digits = !line.isEmpty() && line.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || (line.length() > 1 && line.charAt(0) == '0')) {
            throw new IllegalArgumentException("checkpoint size is not a decimal number without leading zeros");
        }
        try {
            return Long.parseLong(line);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("checkpoint size is too large");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint other
                && other.size == size
                && other.origin.equals(origin)
                && MessageDigest.isEqual(other.rootHash, rootHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, size, Arrays.hashCode(rootHash));
    }

    @Override
    public String toString() {
        return "Checkpoint[" + origin + ", size=" + size + ", root="
                + HexFormat.of().formatHex(rootHash) + "]";
    }
}
