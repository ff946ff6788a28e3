package org.jeli.ingest.tus;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/** A tus client as small as the tests need: what tus-js-client or tusd's clients send. */
final class Tus {
    static final String CHUNK = "application/offset+octet-stream";

    private Tus() {}

    static String metadata(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + " "
                        + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(","));
    }

    static Map<String, String> fields(String collection, String filename) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("collection", collection);
        m.put("filename", filename);
        return m;
    }

    static Response create(RequestSpecification as, long length, Map<String, String> fields) {
        return as.header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", String.valueOf(length))
                .header("Upload-Metadata", metadata(fields))
                .post("/api/uploads");
    }

    /** The upload's path from a creation response's Location. */
    static String path(Response created) {
        String location = created.header("Location");
        return location.substring(location.indexOf("/api/uploads/"));
    }

    static Response head(RequestSpecification as, String path) {
        return as.header("Tus-Resumable", "1.0.0").head(path);
    }

    static Response patch(RequestSpecification as, String path, long offset, byte[] chunk) {
        return as.header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", String.valueOf(offset))
                .contentType(CHUNK)
                .body(chunk)
                .patch(path);
    }

    static Response patchWithChecksum(RequestSpecification as, String path, long offset, byte[] chunk, byte[] hashed) {
        return as.header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", String.valueOf(offset))
                .header("Upload-Checksum", "sha256 " + Base64.getEncoder().encodeToString(sha256Bytes(hashed)))
                .contentType(CHUNK)
                .body(chunk)
                .patch(path);
    }

    static byte[] slice(byte[] b, long from, long to) {
        return Arrays.copyOfRange(b, (int) from, (int) to);
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] sha256Bytes(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] b) {
        return HexFormat.of().formatHex(sha256Bytes(b));
    }
}
