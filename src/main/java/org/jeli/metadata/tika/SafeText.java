package org.jeli.metadata.tika;

import java.util.regex.Pattern;

/** Makes parser-supplied text safe to store and show: one line, no control characters, bounded. */
final class SafeText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\s]+");

    private SafeText() {}

    static String oneLine(String text, int maxChars) {
        String line = CONTROL.matcher(text).replaceAll(" ").strip();
        return line.length() <= maxChars ? line : line.substring(0, maxChars - 1) + "…";
    }

    /** Drops control characters other than line breaks and tabs, and bounds the length. */
    static String bounded(String text, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars));
        int i = 0;
        for (; i < text.length() && out.length() < maxChars; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return i < text.length() ? out.append('…').toString() : out.toString();
    }
}
