package org.jeli.chat.whatsapp;

/**
 * The start of a line made easy to match: directional and byte-order marks dropped, no-break spaces
 * made plain, Arabic-Indic digits made ASCII, the Arabic comma made a comma. Remembers where each
 * character came from so the body can be cut from the original, unnormalised line.
 */
final class HeadText {
    /** Headers are short; normalising more of a line is wasted work. */
    static final int MAX_HEAD = 96;

    private final String text;
    private final int[] origin;

    private HeadText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    static HeadText of(String line) {
        int end = Math.min(line.length(), MAX_HEAD);
        StringBuilder out = new StringBuilder(end);
        int[] origin = new int[end + 1];
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if (isMark(c)) {
                continue;
            }
            origin[out.length()] = i;
            out.append(normalise(c));
        }
        origin[out.length()] = end;
        return new HeadText(out.toString(), origin);
    }

    String text() {
        return text;
    }

    /**
     * Index in the original line just after the character at {@code index} of the normalised text,
     * so that marks following it stay with what follows.
     */
    int originalIndexAfter(int index) {
        return origin[index] + 1;
    }

    /** Byte-order mark, LRM, RLM, Arabic letter mark and the bidi embedding/isolate controls. */
    static boolean isMark(char c) {
        return c == '\uFEFF'
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** {@code s} without marks and with no-break spaces made plain, trimmed. */
    static String withoutMarks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isMark(c)) {
                out.append(c == '\u00A0' || c == '\u202F' ? ' ' : c);
            }
        }
        return out.toString().strip();
    }

    private static char normalise(char c) {
        if (c == '\u00A0' || c == '\u202F' || c == '\u2009') {
            return ' ';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return c == '\u060C' ? ',' : c;
    }
}
