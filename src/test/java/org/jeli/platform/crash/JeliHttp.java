package org.jeli.platform.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/** A small HTTP client for one running archive, with bounded timeouts so a hang fails the harness. */
final class JeliHttp {
    static final String PASSWORD = "correct-horse-battery-staple-7";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BOUNDARY = "crash-boundary";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String adminPassword;

    JeliHttp(String base, String adminPassword) {
        this.base = base;
        this.adminPassword = adminPassword;
    }

    HttpRequest.Builder as(String user, String path) {
        String password = "admin".equals(user) ? adminPassword : PASSWORD;
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic);
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    JsonNode json(HttpRequest request, int expected) throws IOException {
        HttpResponse<byte[]> r = send(request);
        if (r.statusCode() != expected) {
            throw new IllegalStateException(
                    request.method() + " " + request.uri().getPath() + " answered " + r.statusCode() + ": "
                            + new String(r.body(), StandardCharsets.UTF_8));
        }
        return JSON.readTree(r.body());
    }

    static HttpRequest.BodyPublisher jsonBody(Object value) throws IOException {
        return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(value));
    }

    /** A {@code multipart/form-data} body of {@code fields} then one {@code file} part, with {@link #BOUNDARY}. */
    static HttpRequest.BodyPublisher multipart(Map<String, String> fields, String fileName, String type, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 1024);
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        head.append("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName)
                .append("\"\r\nContent-Type: ")
                .append(type)
                .append("\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
