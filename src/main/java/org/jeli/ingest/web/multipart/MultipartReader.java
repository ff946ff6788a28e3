package org.jeli.ingest.web.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Streams the parts of a multipart/form-data body (RFC 7578, RFC 2046) one after another, with one
 * fixed buffer, so a part of any size passes through without being held in memory or on disk.
 *
 * <pre>{@code
 * MultipartReader reader = new MultipartReader(body, contentType, MultipartLimits.defaults());
 * for (Optional<Part> p = reader.next(); p.isPresent(); p = reader.next()) {
 *     Part part = p.get();
 *     if (part.fileName() != null) store(part.content()); else fields.put(part.name(), reader.readText(part));
 * }
 * }</pre>
 *
 * <p>Not thread-safe. The preamble and epilogue are ignored; input after the closing delimiter is not
 * read. After an exception from {@link #next()} the reader is unusable.
 */
public final class MultipartReader {
    static final int DEFAULT_BUFFER_SIZE = 64 * 1024;

    private final BoundaryScanner scanner;
    private final PartHeaderReader headerReader;
    private final MultipartLimits limits;
    private PartInputStream current;
    private int parts;
    private boolean finished;
    private boolean failed;

    /**
     * @param body the raw request body; not closed by the reader
     * @param contentTypeHeader the request's Content-Type, carrying the boundary
     * @throws MalformedMultipartException when the Content-Type is not multipart/form-data with a valid
     *     boundary
     */
    public MultipartReader(InputStream body, String contentTypeHeader, MultipartLimits limits) {
        this(body, contentTypeHeader, limits, DEFAULT_BUFFER_SIZE);
    }

    MultipartReader(InputStream body, String contentTypeHeader, MultipartLimits limits, int bufferSize) {
        Objects.requireNonNull(body, "body");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.scanner = new BoundaryScanner(body, Boundary.fromContentType(contentTypeHeader), bufferSize);
        this.headerReader = new PartHeaderReader(scanner, limits.maxHeaderBytes());
    }

    /**
     * Skips what is left of the current part and returns the next one, or empty after the closing
     * delimiter.
     *
     * @throws MalformedMultipartException when the body is not well-formed or ends too early
     * @throws MultipartLimitException when the body has too many parts or a header block is too large
     */
    public Optional<Part> next() throws IOException {
        if (failed) {
            throw new IllegalStateException("multipart reader failed earlier");
        }
        if (finished) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(advance());
        } catch (IOException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    private Part advance() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
        scanner.skipSection();
        if (readBoundaryLineEnd()) {
            finished = true;
            return null;
        }
        if (++parts > limits.maxParts()) {
            throw new MultipartLimitException("body has more than " + limits.maxParts() + " parts");
        }
        Map<String, List<String>> headers = headerReader.read();
        ContentDisposition disposition = ContentDisposition.parse(single(headers, "content-disposition"));
        single(headers, "content-type");
        scanner.startSection();
        current = new PartInputStream(scanner);
        return new Part(disposition.name(), disposition.fileName(), headers, current);
    }

    /** After a delimiter: true for a close delimiter ("--"), false for CRLF after optional padding. */
    private boolean readBoundaryLineEnd() throws IOException {
        int b = scanner.readByte();
        if (b == '-') {
            if (scanner.readByte() != '-') {
                throw new MalformedMultipartException("malformed boundary line");
            }
            return true;
        }
        while (b == ' ' || b == '\t') {
            b = scanner.readByte();
        }
        if (b < 0) {
            throw BoundaryScanner.truncated();
        }
        if (b != '\r' || scanner.readByte() != '\n') {
            throw new MalformedMultipartException("malformed boundary line");
        }
        return false;
    }

    private static String single(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw new MalformedMultipartException("part has a repeated " + name + " header");
        }
        return values.get(0);
    }

    /**
     * Reads the rest of a text field as strict UTF-8.
     *
     * @throws MultipartLimitException when the field exceeds {@link MultipartLimits#maxFieldBytes()}
     * @throws MalformedMultipartException when it is not valid UTF-8 or the body ends too early
     */
    public String readText(Part part) throws IOException {
        int max = limits.maxFieldBytes();
        byte[] bytes = part.content().readNBytes(max + 1);
        if (bytes.length > max) {
            throw new MultipartLimitException("field " + SafeName.of(part.name()) + " exceeds " + max + " bytes");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedMultipartException("field " + SafeName.of(part.name()) + " is not valid UTF-8");
        }
    }
}
