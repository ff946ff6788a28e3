package org.jeli.ingest.tus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.SubmissionForm;
import org.jeli.ingest.SubmissionRequest;

/**
 * The tus {@code Upload-Metadata} header: comma-separated {@code key base64(value)} pairs. It carries
 * the same fields as {@code POST /api/items} plus {@code filename} and {@code filetype} (the
 * multipart part's file name and content type), validated by the same {@link SubmissionForm}.
 */
public final class UploadMetadata {
    public static final String FILENAME = "filename";
    public static final String FILETYPE = "filetype";
    public static final int MAX_LENGTH = 96 * 1024;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private UploadMetadata() {}

    /** Parses and validates the header into the request a completed upload is ingested with. */
    public static SubmissionRequest request(String header) {
        Map<String, String> fields = parse(header);
        String fileName = fields.remove(FILENAME);
        String fileType = fields.remove(FILETYPE);
        return SubmissionForm.validate(fields, blankToNull(fileName), blankToNull(fileType), "tus");
    }

    static Map<String, String> parse(String header) {
        Map<String, String> out = new HashMap<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        if (header.length() > MAX_LENGTH) {
            throw new InvalidFieldException("Upload-Metadata", "longer than " + MAX_LENGTH + " characters");
        }
        for (String pair : header.split(",", -1)) {
            String p = pair.strip();
            int space = p.indexOf(' ');
            String key = space < 0 ? p : p.substring(0, space);
            String encoded = space < 0 ? "" : p.substring(space + 1).strip();
            if (!KEY.matcher(key).matches()) {
                throw new InvalidFieldException("Upload-Metadata", "has a malformed key");
            }
            if (!key.equals(FILENAME) && !key.equals(FILETYPE) && !SubmissionForm.FIELDS.contains(key)) {
                throw new InvalidFieldException(SubmissionForm.safeName(key), "unknown field");
            }
            if (out.put(key, decode(key, encoded)) != null) {
                throw new InvalidFieldException(key, "given more than once");
            }
        }
        return out;
    }

    private static String decode(String key, String encoded) {
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new InvalidFieldException(key, "is not base64 of UTF-8 text");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
