package org.jeli.chat.whatsapp;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ending in LF, CRLF or CR, never holding more than {@code maxChars} of one line: the
 * rest of an over-long line is read and dropped, and the line is marked truncated. Unlike {@link
 * java.io.BufferedReader#readLine()}, a hostile file with one endless line cannot exhaust memory.
 */
final class BoundedLineReader {
    /** One line of the file, without its terminator. */
    record Line(long number, String text, boolean truncated) {}

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private long number;
    private boolean pendingCarriageReturn;

    BoundedLineReader(Reader in, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or {@code null} at the end of the file. */
    Line next() throws IOException {
        line.setLength(0);
        boolean truncated = false;
        boolean sawAny = false;
        while (true) {
            if (position == limit && !fill()) {
                return sawAny ? finish(truncated) : null;
            }
            char c = buffer[position++];
            if (pendingCarriageReturn) {
                pendingCarriageReturn = false;
                if (c == '\n') {
                    continue;
                }
            }
            sawAny = true;
            if (c == '\n') {
                return finish(truncated);
            }
            if (c == '\r') {
                pendingCarriageReturn = true;
                return finish(truncated);
            }
            if (line.length() < maxChars) {
                line.append(c);
            } else {
                truncated = true;
            }
        }
    }

    private Line finish(boolean truncated) {
        return new Line(++number, line.toString(), truncated);
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
