package org.jeli.metadata.tika;

import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects character events up to a fixed number of characters and then silently drops the rest,
 * so the parser runs on and still reports the metadata it finds later in the file. Whether text
 * was dropped is kept for the outcome. Not thread-safe: one per parse.
 */
final class BoundedTextHandler extends DefaultHandler {

    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private boolean limitReached;

    BoundedTextHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        int room = maxChars - text.length();
        if (length > room) {
            limitReached = true;
        }
        text.append(ch, start, Math.max(0, Math.min(length, room)));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    boolean limitReached() {
        return limitReached;
    }

    String text() {
        return text.toString();
    }
}
