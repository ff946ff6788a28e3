package org.jeli.ingest.web.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Builds multipart bodies for tests and reads them back in full. */
final class TestBodies {
    static final String BOUNDARY = "bound";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final String boundary;

    TestBodies(String boundary) {
        this.boundary = boundary;
    }

    static TestBodies body() {
        return new TestBodies(BOUNDARY);
    }

    TestBodies raw(String text) {
        return raw(text.getBytes(StandardCharsets.UTF_8));
    }

    TestBodies raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    TestBodies field(String name, String value) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8));
    }

    TestBodies file(String name, String fileName, byte[] content) {
        return part(
                "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream",
                content);
    }

    /** Appends a delimiter line, the given header lines, a blank line and the content. */
    TestBodies part(String headerLines, byte[] content) {
        raw(out.size() == 0 ? "--" + boundary + "\r\n" : "\r\n--" + boundary + "\r\n");
        raw(headerLines.isEmpty() ? "\r\n" : headerLines + "\r\n\r\n");
        return raw(content);
    }

    TestBodies close() {
        return raw("\r\n--" + boundary + "--\r\n");
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** A part as read: name, file name, content. */
    record ReadPart(String name, String fileName, byte[] content) {}

    /** Reads every part with the given buffer size, consuming content in reads of at most readSize. */
    static List<ReadPart> readAll(InputStream in, String contentType, int bufferSize, int readSize) throws IOException {
        MultipartReader reader = new MultipartReader(in, contentType, MultipartLimits.defaults(), bufferSize);
        List<ReadPart> parts = new ArrayList<>();
        byte[] chunk = new byte[readSize];
        for (Optional<Part> p = reader.next(); p.isPresent(); p = reader.next()) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            int n;
            while ((n = p.get().content().read(chunk, 0, chunk.length)) >= 0) {
                content.write(chunk, 0, n);
            }
            parts.add(new ReadPart(p.get().name(), p.get().fileName(), content.toByteArray()));
        }
        return parts;
    }

    static Map<String, byte[]> contentsByName(List<ReadPart> parts) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        parts.forEach(p -> map.put(p.name(), p.content()));
        return map;
    }

    /** Hands out a byte array in chunks of random size (1..maxChunk), as a network stream might. */
    static final class ChunkedStream extends InputStream {
        private final byte[] data;
        private final Random random;
        private final int maxChunk;
        private int pos;

        ChunkedStream(byte[] data, Random random, int maxChunk) {
            this.data = data;
            this.random = random;
            this.maxChunk = maxChunk;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, data.length - pos), 1 + random.nextInt(maxChunk));
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
