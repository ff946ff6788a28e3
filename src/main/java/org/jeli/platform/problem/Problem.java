package org.jeli.platform.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem: {@code type} is {@code urn:jeli:problem:<code>}, {@code code} repeats the
 * stable code for clients that branch on it, {@code detail} is a safe sentence (never evidence
 * content, paths, class names or stack traces).
 */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private final int status;
    private final String code;
    private final String title;
    private final Map<String, Object> body = new LinkedHashMap<>();

    private Problem(int status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public static Problem of(int status, String code, String title) {
        return new Problem(status, code, title);
    }

    public Problem detail(String detail) {
        body.put("detail", detail);
        return this;
    }

    public Problem with(String key, Object value) {
        body.put(key, value);
        return this;
    }

    public Response.ResponseBuilder builder() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "urn:jeli:problem:" + code);
        json.put("title", title);
        json.put("status", status);
        json.put("code", code);
        json.putAll(body);
        return Response.status(status).type(PROBLEM_JSON).entity(json);
    }

    public Response response() {
        return builder().build();
    }
}
