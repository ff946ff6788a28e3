package org.jeli.ingest.web.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a body into the sections between delimiters ({@code CRLF--boundary}) with one fixed buffer.
 *
 * <p>The buffer starts with a CRLF of its own so the first delimiter, which RFC 2046 lets lack one,
 * looks like every other; the preamble is then just the first section. The delimiter is found with
 * Boyer-Moore-Horspool, so a search looks at few bytes of typical content. Bytes in {@code [pos,
 * safeEnd)} are known content; when no delimiter was found, at most delimiter-length - 1 bytes stay
 * in the buffer as lookahead across a refill.
 */
final class BoundaryScanner {
    private final InputStream in;
    private final byte[] buf;
    private final byte[] delimiter;
    private final int[] shift = new int[256];
    private int pos;
    private int limit;
    private int safeEnd;
    private int delimiterAt = -1;
    private boolean sectionEnded;
    private boolean eof;

    BoundaryScanner(InputStream in, byte[] boundary, int bufferSize) {
        this.in = in;
        this.delimiter = new byte[boundary.length + 4];
        delimiter[0] = '\r';
        delimiter[1] = '\n';
        delimiter[2] = '-';
        delimiter[3] = '-';
        System.arraycopy(boundary, 0, delimiter, 4, boundary.length);
        if (bufferSize < delimiter.length) {
            throw new IllegalArgumentException("buffer smaller than the delimiter");
        }
        this.buf = new byte[bufferSize];
        buf[0] = '\r';
        buf[1] = '\n';
        limit = 2;
        Arrays.fill(shift, delimiter.length);
        for (int j = 0; j < delimiter.length - 1; j++) {
            shift[delimiter[j] & 0xff] = delimiter.length - 1 - j;
        }
    }

    /** Starts a section at the current position; it ends at the next delimiter. */
    void startSection() {
        safeEnd = pos;
        delimiterAt = -1;
        sectionEnded = false;
    }

    /** Reads the current section's content; -1 once its delimiter is reached (and consumed). */
    int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!hasContent()) {
            return -1;
        }
        int n = Math.min(len, safeEnd - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    long skip(long max) throws IOException {
        if (max <= 0 || !hasContent()) {
            return 0;
        }
        int n = (int) Math.min(max, safeEnd - pos);
        pos += n;
        return n;
    }

    /** Discards the rest of the current section and its delimiter. */
    void skipSection() throws IOException {
        while (hasContent()) {
            pos = safeEnd;
        }
    }

    int available() {
        return sectionEnded ? 0 : safeEnd - pos;
    }

    /** Reads one raw byte after a delimiter (boundary line, headers); -1 at end of input. */
    int readByte() throws IOException {
        if (pos == limit) {
            fill(1);
            if (pos == limit) {
                return -1;
            }
        }
        return buf[pos++] & 0xff;
    }

    /** True when content is ready at {@code pos}; false when the section has ended. */
    private boolean hasContent() throws IOException {
        if (sectionEnded) {
            return false;
        }
        while (pos == safeEnd) {
            if (delimiterAt >= 0) {
                pos = delimiterAt + delimiter.length;
                delimiterAt = -1;
                sectionEnded = true;
                return false;
            }
            scan();
        }
        return true;
    }

    private void scan() throws IOException {
        int dlen = delimiter.length;
        if (limit - pos < dlen) {
            fill(dlen);
            if (limit - pos < dlen) {
                if (pos == limit) {
                    throw truncated();
                }
                safeEnd = limit; // end of input: these bytes cannot hold a delimiter
                return;
            }
        }
        int last = dlen - 1;
        byte lastByte = delimiter[last];
        int end = limit - dlen;
        int i = pos;
        while (i <= end) {
            byte c = buf[i + last];
            if (c == lastByte && buf[i] == '\r' && Arrays.equals(buf, i + 1, i + last, delimiter, 1, last)) {
                safeEnd = i;
                delimiterAt = i;
                return;
            }
            i += shift[c & 0xff];
        }
        // No delimiter starts before i (Horspool's shifts only skip impossible starts).
        safeEnd = eof ? limit : i;
    }

    /** Moves unread bytes to the front and reads until {@code need} bytes are buffered or input ends. */
    private void fill(int need) throws IOException {
        int avail = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, avail);
            pos = 0;
            limit = avail;
            safeEnd = 0;
        }
        while (limit < need && !eof) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }

    static MalformedMultipartException truncated() {
        return new MalformedMultipartException("multipart body ended before its closing boundary");
    }
}
