package org.jeli.provenance.checkpoint;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Lexical rules shared by signed notes, verifier keys and checkpoints (C2SP signed-note). */
final class NoteSyntax {
    /** The signature line prefix: em dash (U+2014) and a space. */
    static final String SIGNATURE_PREFIX = "\u2014 ";

    private NoteSyntax() {}

    /** Key names are non-empty and hold no Unicode space, no plus and no control character. */
    static boolean isValidKeyName(String name) {
        if (name == null || name.isEmpty() || !isWellFormed(name)) {
            return false;
        }
        return name.codePoints().noneMatch(cp -> cp == '+' || cp < 0x20 || cp == 0x7f || isSpace(cp));
    }

    /** The text of a note: non-empty, ends in a newline, no control characters but newline. */
    static String checkNoteText(String text) {
        if (text == null || text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("note text must end with a newline");
        }
        String problem = problemWith(text);
        if (problem != null) {
            throw new IllegalArgumentException("note text " + problem);
        }
        return text;
    }

    /** Why {@code text} may not appear in a signed note, or {@code null} when it may. */
    static String problemWith(String text) {
        if (!isWellFormed(text)) {
            return "is not well-formed Unicode";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                return "holds a control character at offset " + i;
            }
        }
        return null;
    }

    /** Decodes strict UTF-8; {@code null} when the bytes are not valid UTF-8. */
    static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Decodes standard, padded base64 (RFC 4648 section 4) and insists on the canonical form, so
     * that one byte string has exactly one textual encoding. Returns {@code null} when malformed.
     */
    static byte[] decodeBase64(String text) {
        if (text == null || text.isEmpty() || text.length() % 4 != 0) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            return Base64.getEncoder().encodeToString(bytes).equals(text) ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String encodeBase64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Go's unicode.IsSpace: ASCII white space, U+0085, U+00A0 and the Unicode space separators. */
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }
}
