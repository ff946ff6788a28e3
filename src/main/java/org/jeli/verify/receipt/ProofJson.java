package org.jeli.verify.receipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A consistency proof as {@code GET /api/log/proof/consistency} serves it: {@code size1}, {@code
 * size2} and {@code proof}, a list of base64 hashes. Other members ({@code root1}, {@code root2})
 * are ignored: the roots that count are the signed ones.
 */
record ProofJson(long size1, long size2, List<byte[]> hashes) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BYTES = 1 << 20;

    ProofJson {
        hashes = List.copyOf(hashes);
    }

    /** @throws IllegalArgumentException when the bytes are not such a proof */
    static ProofJson parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException("larger than " + MAX_BYTES + " bytes");
        }
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode proof = node.get("proof");
        if (proof == null || !proof.isArray()) {
            throw new IllegalArgumentException("member proof must be an array");
        }
        List<byte[]> hashes = new ArrayList<>();
        for (JsonNode h : proof) {
            if (!h.isTextual()) {
                throw new IllegalArgumentException("member proof must hold strings");
            }
            try {
                hashes.add(Base64.getDecoder().decode(h.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("member proof holds something that is not base64");
            }
        }
        return new ProofJson(size(node, "size1"), size(node, "size2"), hashes);
    }

    private static long size(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToExactIntegral() || !v.canConvertToLong() || v.asLong() < 0) {
            throw new IllegalArgumentException("member " + field + " must be a non-negative integer");
        }
        return v.asLong();
    }
}
