package org.jeli.ingest.web.multipart;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * One part of a multipart/form-data body. Its {@link #content()} is readable only until the next
 * call of {@link MultipartReader#next()}.
 *
 * <p>{@link #name()}, {@link #fileName()} and the headers are client-controlled and returned exactly
 * as sent (a file name may be {@code ../../etc/passwd}, contain separators or control characters
 * from {@code filename*}): sanitising them is the caller's job.
 */
public final class Part {
    private final String name;
    private final String fileName;
    private final String contentType;
    private final Map<String, List<String>> headers;
    private final InputStream content;

    Part(String name, String fileName, Map<String, List<String>> headers, InputStream content) {
        this.name = name;
        this.fileName = fileName;
        this.headers = headers;
        List<String> types = headers.get("content-type");
        this.contentType = types == null ? null : types.get(0);
        this.content = content;
    }

    /** The form field name, as sent. */
    public String name() {
        return name;
    }

    /** The file name as sent ({@code filename*} preferred), or null for a plain field. */
    public String fileName() {
        return fileName;
    }

    /** The part's Content-Type, or null when it has none (a plain field, RFC 7578: text/plain). */
    public String contentType() {
        return contentType;
    }

    /** Header names in lower case, each with its values in order of arrival. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The part's bytes, exactly, ending at its delimiter. */
    public InputStream content() {
        return content;
    }

    @Override
    public String toString() {
        return "Part[field " + SafeName.of(name) + (fileName == null ? "" : ", file") + "]";
    }
}
