package org.jeli.provenance.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Entry round trips, and entries that are canonical JSON but not valid version-1 entries. */
class EntryCodecTest {

    static LogEntry entry(String kind, Map<String, Object> payload) {
        return new LogEntry(
                1,
                kind,
                Instant.parse("2026-01-02T03:04:05.006Z"),
                "system",
                "blob:sha256:" + "ab".repeat(32),
                payload,
                LogEntry.noPreviousEntry());
    }

    @Test
    void encodesTheFirstEntryWithAnAllZeroPrev() {
        String text = new String(EntryCodec.encode(entry("item.viewed", Map.of())), StandardCharsets.UTF_8);

        assertThat(text)
                .isEqualTo("{\"actor\":\"system\",\"kind\":\"item.viewed\",\"payload\":{},"
                        + "\"prev\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\","
                        + "\"subject\":\"blob:sha256:" + "ab".repeat(32) + "\","
                        + "\"time\":\"2026-01-02T03:04:05.006Z\",\"v\":1}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0000-01-01T00:00:00.000Z",
                "1970-01-01T00:00:00.000Z",
                "2024-02-29T23:59:59.999Z",
                "2026-11-28T11:56:05.120Z",
                "9999-12-31T23:59:59.999Z"
            })
    void roundTripsTimesWithThreeFractionalDigits(String time) {
        LogEntry e = new LogEntry(1, "key.rotated", Instant.parse(time), "system", "log", Map.of("n", 1), new byte[32]);

        byte[] bytes = EntryCodec.encode(e);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"time\":\"" + time + "\"");
        assertThat(EntryCodec.decode(bytes)).isEqualTo(e);
    }

    @Test
    void roundTripsKindsActorsSubjectsAndPayloads() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("owner", "c1:s_1:" + "A".repeat(43));
        payload.put("sizes", List.of(1, 2, 3));
        payload.put("empty", Map.of());
        for (String kind : List.of("takedown.requested", "item.submitted", "metadata.extracted", "access.changed")) {
            LogEntry e = new LogEntry(
                    1,
                    kind,
                    Instant.ofEpochMilli(1_700_000_000_001L),
                    "user:42",
                    "checkpoint:1024",
                    payload,
                    new byte[32]);

            assertThat(EntryCodec.decode(EntryCodec.encode(e))).isEqualTo(e);
        }
    }

    static Stream<Arguments> invalidEntries() {
        return Stream.of(
                invalid("extra member", m -> m.put("extra", 1)),
                invalid("extra member sorting first", m -> m.put("a", 1)),
                invalid("missing actor", m -> m.remove("actor")),
                invalid("missing kind", m -> m.remove("kind")),
                invalid("missing payload", m -> m.remove("payload")),
                invalid("missing prev", m -> m.remove("prev")),
                invalid("missing subject", m -> m.remove("subject")),
                invalid("missing time", m -> m.remove("time")),
                invalid("missing version", m -> m.remove("v")),
                invalid("version 2", m -> m.put("v", 2L)),
                invalid("version 0", m -> m.put("v", 0L)),
                invalid("version as a string", m -> m.put("v", "1")),
                invalid(
                        "prev of 31 bytes",
                        m -> m.put("prev", Base64.getEncoder().encodeToString(new byte[31]))),
                invalid(
                        "prev of 33 bytes",
                        m -> m.put("prev", Base64.getEncoder().encodeToString(new byte[33]))),
                invalid("prev without padding", m -> m.put("prev", "A".repeat(43))),
                invalid("prev in base64url", m -> m.put("prev", "_".repeat(43) + "=")),
                invalid("prev in hex", m -> m.put("prev", "00".repeat(32))),
                invalid("prev with non-zero trailing bits", m -> m.put("prev", "A".repeat(42) + "B=")),
                invalid("prev as a list", m -> m.put("prev", List.of())),
                invalid("payload as a list", m -> m.put("payload", List.of())),
                invalid("payload as null", m -> m.put("payload", null)),
                invalid("kind as an integer", m -> m.put("kind", 1L)),
                invalid("kind without a dot", m -> m.put("kind", "takedown")),
                invalid("kind in capitals", m -> m.put("kind", "Item.Viewed")),
                invalid("actor with a space", m -> m.put("actor", "user: 42")),
                invalid("actor too long", m -> m.put("actor", "user:" + "1".repeat(124))),
                invalid("subject empty", m -> m.put("subject", "")),
                invalid("time without milliseconds", m -> m.put("time", "2026-01-02T03:04:05Z")),
                invalid("time with microseconds", m -> m.put("time", "2026-01-02T03:04:05.006000Z")),
                invalid("time with an offset", m -> m.put("time", "2026-01-02T03:04:05.006+00:00")),
                invalid("time with lowercase z", m -> m.put("time", "2026-01-02T03:04:05.006z")),
                invalid("time with a space", m -> m.put("time", "2026-01-02 03:04:05.006Z")),
                invalid("time on 30 February", m -> m.put("time", "2026-02-30T03:04:05.006Z")),
                invalid("time at hour 24", m -> m.put("time", "2026-01-02T24:00:00.000Z")),
                invalid("time in a leap second", m -> m.put("time", "2016-12-31T23:59:60.000Z")),
                invalid("time with Arabic-Indic digits", m -> m.put("time", "\u0662026-01-02T03:04:05.006Z")),
                invalid("time as epoch millis", m -> m.put("time", 1_700_000_000_000L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidEntries")
    void rejectsCanonicalJsonThatIsNotAValidEntry(String rule, byte[] bytes) {
        assertThatThrownBy(() -> EntryCodec.decode(bytes)).isExactlyInstanceOf(MalformedEntryException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "null", "1", "\"entry\""})
    void rejectsValuesThatAreNotObjects(String json) {
        assertThatThrownBy(() -> EntryCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isExactlyInstanceOf(MalformedEntryException.class);
    }

    @Test
    void rejectsNonCanonicalRenderingsOfAValidEntry() {
        String canonical = new String(EntryCodec.encode(entry("item.viewed", Map.of("a", 1))), StandardCharsets.UTF_8);

        for (String variant : List.of(
                canonical.replace(",", ", "),
                canonical + "\n",
                canonical.replace("\"a\":1", "\"a\":1.0"),
                canonical.replace("item.viewed", "item\\u002eviewed"),
                "{\"v\":1," + canonical.substring(1).replace(",\"v\":1", ""))) {
            assertThatThrownBy(() -> EntryCodec.decode(variant.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(MalformedEntryException.class);
        }
    }

    @Test
    void rejectsPayloadsNestedDeeperThanTheEntryAllows() {
        Object deep = CanonicalJsonTest.nestedLists(CanonicalJson.MAX_DEPTH - 1);

        assertThat(EntryCodec.decode(EntryCodec.encode(
                        entry("item.viewed", Map.of("d", CanonicalJsonTest.nestedLists(CanonicalJson.MAX_DEPTH - 2))))))
                .isNotNull();
        assertThatThrownBy(() -> entry("item.viewed", Map.of("d", deep))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messagesNeverEchoContent() {
        assertThatThrownBy(() -> EntryCodec.decode(mutated(m -> m.put("actor", "Amina Haddad"))))
                .isInstanceOf(MalformedEntryException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Amina"));
        assertThatThrownBy(() -> EntryCodec.decode(mutated(m -> m.put("Amina Haddad", 1))))
                .isInstanceOf(MalformedEntryException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Amina"));
    }

    private static Arguments invalid(String rule, Consumer<Map<String, Object>> change) {
        return Arguments.of(rule, mutated(change));
    }

    /** A valid entry's members, changed, re-encoded canonically: only entry rules can reject it. */
    private static byte[] mutated(Consumer<Map<String, Object>> change) {
        byte[] valid = EntryCodec.encode(entry("item.downloaded", Map.of("format", "original")));
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) CanonicalJson.decode(valid);
        change.accept(members);
        return CanonicalJson.encode(members);
    }
}
