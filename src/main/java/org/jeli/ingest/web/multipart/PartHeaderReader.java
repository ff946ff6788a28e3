package org.jeli.ingest.web.multipart;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one part's header block (lines ended by CRLF, up to an empty line) within a byte budget.
 * Folded lines (starting with space or tab) are joined with one space. Values are decoded as UTF-8,
 * which browsers send raw in file names, falling back to ISO-8859-1. Control characters other than
 * tab are rejected. Names are lower-cased.
 */
final class PartHeaderReader {
    private static final String TCHARS = "!#$%&'*+-.^_`|~";

    private final BoundaryScanner scanner;
    private final int maxBytes;
    private byte[] line = new byte[256];
    private int used;

    PartHeaderReader(BoundaryScanner scanner, int maxBytes) {
        this.scanner = scanner;
        this.maxBytes = maxBytes;
    }

    Map<String, List<String>> read() throws IOException {
        used = 0;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String name = null;
        StringBuilder value = null;
        int length;
        while ((length = readLine()) > 0) {
            if (line[0] == ' ' || line[0] == '\t') {
                if (value == null) {
                    throw malformed();
                }
                value.append(' ').append(decode(0, length).strip());
                continue;
            }
            add(headers, name, value);
            int colon = nameEnd(length);
            name = new String(line, 0, colon, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
            value = new StringBuilder(decode(colon + 1, length).strip());
        }
        add(headers, name, value);
        headers.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(headers);
    }

    private static void add(Map<String, List<String>> headers, String name, StringBuilder value) {
        if (name != null) {
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value.toString());
        }
    }

    /** Index of the colon ending a valid field name (RFC 9110 token, no space before the colon). */
    private int nameEnd(int length) {
        for (int i = 0; i < length; i++) {
            int c = line[i] & 0xff;
            if (c == ':' && i > 0) {
                return i;
            }
            boolean tchar = c < 0x7f && (Character.isLetterOrDigit(c) || TCHARS.indexOf(c) >= 0);
            if (!tchar) {
                throw malformed();
            }
        }
        throw malformed();
    }

    /** Reads one line into {@code line} without its CRLF; returns its length. */
    private int readLine() throws IOException {
        int length = 0;
        while (true) {
            int b = scanner.readByte();
            if (b < 0) {
                throw BoundaryScanner.truncated();
            }
            if (++used > maxBytes) {
                throw new MultipartLimitException("part headers exceed " + maxBytes + " bytes");
            }
            if (b == '\r') {
                int lf = scanner.readByte();
                if (lf < 0) {
                    throw BoundaryScanner.truncated();
                }
                if (lf != '\n') {
                    throw malformed();
                }
                if (++used > maxBytes) {
                    throw new MultipartLimitException("part headers exceed " + maxBytes + " bytes");
                }
                return length;
            }
            if ((b < 0x20 && b != '\t') || b == 0x7f) {
                throw malformed();
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, line.length * 2);
            }
            line[length++] = (byte) b;
        }
    }

    private String decode(int from, int to) {
        ByteBuffer bytes = ByteBuffer.wrap(line, from, to - from);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(line, from, to - from, StandardCharsets.ISO_8859_1);
        }
    }

    private static MalformedMultipartException malformed() {
        return new MalformedMultipartException("malformed part header");
    }
}
