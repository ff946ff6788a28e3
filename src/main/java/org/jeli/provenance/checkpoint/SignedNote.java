package org.jeli.provenance.checkpoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A signed note split into its text and its signature lines, before any signature is checked.
 * Parsing follows golang.org/x/mod/sumdb/note {@code Open}: the text ends at the last blank line.
 */
record SignedNote(String text, List<Line> signatures) {
    /** Signatures beyond this make the note malformed (the spec asks verifiers to accept 16). */
    static final int MAX_SIGNATURES = 100;

    /** Notes longer than this many characters are refused before parsing. */
    static final int MAX_CHARS = 1 << 20;

    /** One signature line: the key name, the 4-byte key ID and the signature bytes. */
    record Line(String keyName, byte[] keyId, byte[] signature) {
        String label() {
            return keyName + "+" + java.util.HexFormat.of().formatHex(keyId);
        }
    }

    /** Thrown inside this package for input that is not a signed note; never escapes it. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Splits {@code note}.
     *
     * @return the parts; {@code signatures} is empty when the note has no signature block at all
     * @throws Malformed when the note breaks the signed-note grammar
     */
    static SignedNote parse(String note) throws Malformed {
        if (note == null || note.isEmpty()) {
            throw new Malformed("note is empty");
        }
        if (note.length() > MAX_CHARS) {
            throw new Malformed("note is longer than " + MAX_CHARS + " characters");
        }
        String problem = NoteSyntax.problemWith(note);
        if (problem != null) {
            throw new Malformed("note " + problem);
        }
        if (!note.endsWith("\n")) {
            throw new Malformed("note does not end with a newline");
        }
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            return new SignedNote(note, List.of());
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (block.isEmpty()) {
            return new SignedNote(text, List.of());
        }
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new Malformed("note has more than " + MAX_SIGNATURES + " signatures");
        }
        List<Line> parsed = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            parsed.add(parseLine(lines[i], i + 1));
        }
        return new SignedNote(text, List.copyOf(parsed));
    }

    private static Line parseLine(String line, int number) throws Malformed {
        if (!line.startsWith(NoteSyntax.SIGNATURE_PREFIX)) {
            throw new Malformed("signature line " + number + " does not start with an em dash and a space");
        }
        String rest = line.substring(NoteSyntax.SIGNATURE_PREFIX.length());
        int space = rest.indexOf(' ');
        String name = space < 0 ? rest : rest.substring(0, space);
        byte[] blob = space < 0 ? null : NoteSyntax.decodeBase64(rest.substring(space + 1));
        if (!NoteSyntax.isValidKeyName(name)) {
            throw new Malformed("signature line " + number + " has an invalid key name");
        }
        if (blob == null || blob.length < 5) {
            throw new Malformed("signature line " + number + " is not a key ID and signature in base64");
        }
        return new Line(name, Arrays.copyOf(blob, 4), Arrays.copyOfRange(blob, 4, blob.length));
    }
}
