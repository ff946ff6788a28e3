package org.jeli.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads the JSON tag files of a package; anything unexpected is an {@link IOException}. */
final class PackageJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_JSON = 64 << 20;

    private PackageJson() {}

    static JsonNode read(PackageFiles files, String path) throws IOException {
        if (!files.exists(path)) {
            throw new IOException(path + " is missing");
        }
        try {
            return parse(files.read(path, MAX_JSON));
        } catch (IOException e) {
            throw new IOException(path + ": " + e.getMessage());
        }
    }

    /** A JSON object from bytes. */
    static JsonNode parse(byte[] bytes) throws IOException {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IOException("not valid JSON");
        }
    }

    static String text(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IOException("member " + field + " must be a string");
        }
        return v.asText();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    static long number(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToExactIntegral() || !v.canConvertToLong()) {
            throw new IOException("member " + field + " must be an integer");
        }
        return v.asLong();
    }

    static byte[] base64(JsonNode node, String field) throws IOException {
        try {
            return Base64.getDecoder().decode(text(node, field));
        } catch (IllegalArgumentException e) {
            throw new IOException("member " + field + " is not base64");
        }
    }

    static List<byte[]> hashes(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new IOException("member " + field + " must be an array");
        }
        List<byte[]> out = new ArrayList<>();
        for (JsonNode h : v) {
            if (!h.isTextual()) {
                throw new IOException("member " + field + " must hold strings");
            }
            try {
                out.add(Base64.getDecoder().decode(h.asText()));
            } catch (IllegalArgumentException e) {
                throw new IOException("member " + field + " holds something that is not base64");
            }
        }
        return out;
    }

    static List<JsonNode> array(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw new IOException("member " + field + " must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }
}
