package org.jeli.ingest.web.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The form-data Content-Disposition of one part (RFC 7578 section 4.2).
 *
 * <p>{@code filename*} (RFC 5987/8187 extended value, UTF-8 or ISO-8859-1) wins over {@code
 * filename}; one in another charset is ignored. Names are returned as sent, {@code ../} included.
 */
record ContentDisposition(String name, String fileName) {
    private static final String HEADER = "Content-Disposition";

    static ContentDisposition parse(String headerValue) {
        if (headerValue == null) {
            throw new MalformedMultipartException("part has no Content-Disposition header");
        }
        HeaderValue value = HeaderValue.parse(headerValue, HEADER);
        if (!value.type().equals("form-data")) {
            throw new MalformedMultipartException("part is not form-data");
        }
        String name = value.parameter("name");
        if (name == null) {
            throw new MalformedMultipartException("part has no field name");
        }
        String extended = value.parameter("filename*");
        String fileName = extended == null ? null : decodeExtended(extended);
        return new ContentDisposition(name, fileName != null ? fileName : value.parameter("filename"));
    }

    /** Decodes {@code charset'[language]'percent-encoded}; null when the charset is not supported. */
    static String decodeExtended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            throw invalidFileName();
        }
        Charset charset = charset(value.substring(0, first));
        if (charset == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = second + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length()) {
                    throw invalidFileName();
                }
                int hi = Character.digit(value.charAt(i + 1), 16);
                int lo = Character.digit(value.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw invalidFileName();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                bytes.write(c);
            } else {
                throw invalidFileName();
            }
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalidFileName();
        }
    }

    private static Charset charset(String name) {
        if (name.equalsIgnoreCase("UTF-8")) {
            return StandardCharsets.UTF_8;
        }
        if (name.equalsIgnoreCase("ISO-8859-1")) {
            return StandardCharsets.ISO_8859_1;
        }
        return null;
    }

    private static MalformedMultipartException invalidFileName() {
        return new MalformedMultipartException("invalid filename* parameter in " + HEADER + " header");
    }
}
