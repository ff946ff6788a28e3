package org.jeli.provenance.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.common.Digest;
import org.junit.jupiter.api.Test;

/**
 * Pins entry format version 1 byte for byte. If this test fails, the codec changed: old entries
 * would no longer verify. Do not update the literals; add a new version instead.
 *
 * <p>The expected string and leaf hash were computed independently of this code (Python's json
 * with sort_keys, which agrees with RFC 8785 for this input, and hashlib).
 */
class EntryCodecGoldenTest {
    static final String GOLDEN = "{\"actor\":\"user:42\",\"kind\":\"item.submitted\",\"payload\":{"
            + "\"arabic\":\"\u0634\u0647\u0627\u062f\u0629\","
            + "\"count\":3,"
            + "\"emoji\":\"\ud83d\udcf7\","
            + "\"flag\":true,"
            + "\"list\":[1,\"two\",false,null,{\"a\":[],\"z\":0}],"
            + "\"negative\":-9007199254740991,"
            + "\"nested\":{\"a\":\"x\",\"b\":{\"c\":1}},"
            + "\"none\":null,"
            + "\"text\":\"caf\u00e9 \\\"quoted\\\" back\\\\slash\\ttab\\u0001\\u001f end\\n\"},"
            + "\"prev\":\"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\","
            + "\"subject\":\"item:5f0c6a52-3f7e-4c1b-9d2a-8e4b7c1d2e3f\","
            + "\"time\":\"2026-11-28T11:56:05.123Z\","
            + "\"v\":1}";

    static final String GOLDEN_LEAF_HASH = "d32f3b3457b19a1ac02844dc8c628f1520431ac91905d4835629c772e77ab3c1";

    static LogEntry goldenEntry() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("text", "caf\u00e9 \"quoted\" back\\slash\ttab\u0001\u001f end\n");
        payload.put("none", null);
        payload.put("nested", Map.of("b", Map.of("c", 1), "a", "x"));
        payload.put("negative", -9_007_199_254_740_991L);
        List<Object> list = new ArrayList<>(Arrays.asList(1, "two", false, null));
        list.add(Map.of("z", 0, "a", List.of()));
        payload.put("list", list);
        payload.put("flag", true);
        payload.put("emoji", "\ud83d\udcf7");
        payload.put("count", 3);
        payload.put("arabic", "\u0634\u0647\u0627\u062f\u0629");
        byte[] prev = new byte[32];
        for (int i = 0; i < prev.length; i++) {
            prev[i] = (byte) i;
        }
        return new LogEntry(
                1,
                "item.submitted",
                Instant.parse("2026-11-28T11:56:05.123Z"),
                "user:42",
                "item:5f0c6a52-3f7e-4c1b-9d2a-8e4b7c1d2e3f",
                payload,
                prev);
    }

    static String leafHashHex(byte[] entryBytes) {
        MessageDigest sha256 = Digest.Algorithm.SHA256.newMessageDigest();
        sha256.update((byte) 0x00);
        sha256.update(entryBytes);
        return HexFormat.of().formatHex(sha256.digest());
    }

    @Test
    void encodesTheGoldenEntryToTheGoldenBytes() {
        byte[] bytes = EntryCodec.encode(goldenEntry());

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(GOLDEN);
        assertThat(bytes).isEqualTo(GOLDEN.getBytes(StandardCharsets.UTF_8)).hasSize(438);
    }

    @Test
    void goldenBytesHaveTheGoldenLeafHash() {
        assertThat(leafHashHex(GOLDEN.getBytes(StandardCharsets.UTF_8))).isEqualTo(GOLDEN_LEAF_HASH);
        assertThat(leafHashHex(EntryCodec.encode(goldenEntry()))).isEqualTo(GOLDEN_LEAF_HASH);
    }

    @Test
    void decodesTheGoldenBytesToTheGoldenEntry() {
        LogEntry decoded = EntryCodec.decode(GOLDEN.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded).isEqualTo(goldenEntry());
        assertThat(decoded.time()).isEqualTo(Instant.ofEpochMilli(1_795_866_965_123L));
        assertThat(decoded.payload().get("count")).isEqualTo(3L);
        assertThat(EntryCodec.encode(decoded)).isEqualTo(GOLDEN.getBytes(StandardCharsets.UTF_8));
    }
}
