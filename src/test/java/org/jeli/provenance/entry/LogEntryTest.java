package org.jeli.provenance.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation in the compact constructor, defensive copies, value semantics. */
class LogEntryTest {
    static final Instant TIME = Instant.parse("2026-11-28T11:56:05.123Z");
    static final String ITEM = "item:5f0c6a52-3f7e-4c1b-9d2a-8e4b7c1d2e3f";

    static LogEntry with(String kind, String actor, String subject) {
        return new LogEntry(1, kind, TIME, actor, subject, Map.of(), new byte[32]);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "item.submitted",
                "metadata.extracted",
                "item.viewed",
                "item.downloaded",
                "item.exported",
                "access.changed",
                "key.rotated",
                "takedown.requested",
                "a.b.c_d"
            })
    void acceptsKindsOfTheDocumentedPattern(String kind) {
        assertThat(with(kind, "system", "log").kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "takedown", "Item.viewed", "item.", ".item", "item..viewed", "item.view-ed", "item.1"})
    void rejectsOtherKinds(String kind) {
        assertThatThrownBy(() -> with(kind, "system", "log")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsKindsLongerThanTheLimit() {
        assertThatThrownBy(() -> with("a." + "b".repeat(63), "system", "log"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"system", "user:42", "service:ingest", "key:ed25519:AbC_-9.x"})
    void acceptsActorsAndSubjectsOfThePattern(String reference) {
        assertThat(with("item.viewed", reference, reference).actor()).isEqualTo(reference);
        assertThat(with("item.viewed", "system", ITEM).subject()).isEqualTo(ITEM);
        assertThat(with("item.viewed", "system", "blob:sha256:" + "0f".repeat(32))
                        .subject())
                .startsWith("blob:");
        assertThat(with("item.viewed", "system", "checkpoint:1024").subject()).isEqualTo("checkpoint:1024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "User:42", "user:", "user::42", "user:42 ", "user:a@b", "user:\u00e9", ":42", "1user"})
    void rejectsOtherActorsAndSubjects(String reference) {
        assertThatThrownBy(() -> with("item.viewed", reference, "log")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> with("item.viewed", "system", reference)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundsActorAndSubjectLength() {
        assertThat(with("item.viewed", "user:" + "1".repeat(123), "log").actor())
                .hasSize(128);
        assertThatThrownBy(() -> with("item.viewed", "user:" + "1".repeat(124), "log"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(with("item.viewed", "system", "item:" + "1".repeat(251)).subject())
                .hasSize(256);
        assertThatThrownBy(() -> with("item.viewed", "system", "item:" + "1".repeat(252)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiresMillisecondPrecisionWithinRfc3339Years() {
        assertThatThrownBy(() ->
                        new LogEntry(1, "item.viewed", TIME.plusNanos(1), "system", "log", Map.of(), new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogEntry(
                        1,
                        "item.viewed",
                        Instant.parse("+10000-01-01T00:00:00Z"),
                        "system",
                        "log",
                        Map.of(),
                        new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogEntry(
                        1,
                        "item.viewed",
                        Instant.parse("-0001-12-31T23:59:59.999Z"),
                        "system",
                        "log",
                        Map.of(),
                        new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMissingFieldsWrongVersionAndWrongHashLength() {
        assertThatThrownBy(() -> new LogEntry(2, "item.viewed", TIME, "system", "log", Map.of(), new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogEntry(1, null, TIME, "system", "log", Map.of(), new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogEntry(1, "item.viewed", null, "system", "log", Map.of(), new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogEntry(1, "item.viewed", TIME, "system", "log", null, new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogEntry(1, "item.viewed", TIME, "system", "log", Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogEntry(1, "item.viewed", TIME, "system", "log", Map.of(), new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogEntry(1, "item.viewed", TIME, "system", "log", Map.of(), new byte[33]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsPayloadsOutsideTheCanonicalModel() {
        for (Object bad : new Object[] {1.5, Float.NaN, "\ud800", new Object(), Long.MAX_VALUE}) {
            assertThatThrownBy(
                            () -> new LogEntry(1, "item.viewed", TIME, "system", "log", Map.of("k", bad), new byte[32]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void rejectsPayloadsThatWouldMakeTheEntryTooLarge() {
        String big = "a".repeat(LogEntry.MAX_PAYLOAD_BYTES);

        assertThatThrownBy(() -> new LogEntry(1, "item.viewed", TIME, "system", "log", Map.of("k", big), new byte[32]))
                .isInstanceOf(IllegalArgumentException.class);
        String fits = "a".repeat(LogEntry.MAX_PAYLOAD_BYTES - 8);
        LogEntry largest = new LogEntry(
                1,
                "a." + "b".repeat(62),
                TIME,
                "user:" + "1".repeat(123),
                "item:" + "1".repeat(251),
                Map.of("k", fits),
                new byte[32]);
        assertThat(EntryCodec.decode(EntryCodec.encode(largest))).isEqualTo(largest);
    }

    @Test
    void copiesThePayloadDeeplyAndMakesItUnmodifiable() {
        List<Object> list = new ArrayList<>(List.of(1, 2));
        Map<String, Object> inner = new HashMap<>(Map.of("x", list));
        Map<String, Object> payload = new HashMap<>(Map.of("inner", inner, "b", 1));
        LogEntry e = new LogEntry(1, "item.viewed", TIME, "system", "log", payload, new byte[32]);

        list.add(3);
        inner.put("y", true);
        payload.put("c", false);

        assertThat(e.payload()).isEqualTo(Map.of("b", 1L, "inner", Map.of("x", List.of(1L, 2L))));
        assertThat(e.payload().keySet()).containsExactly("b", "inner");
        assertThatThrownBy(() -> e.payload().put("z", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> copiedInner = (Map<String, Object>) e.payload().get("inner");
        assertThatThrownBy(() -> copiedInner.clear()).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> copiedList = (List<Object>) copiedInner.get("x");
        assertThatThrownBy(() -> copiedList.add(4)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copiesThePreviousHashInAndOut() {
        byte[] prev = new byte[32];
        LogEntry e = new LogEntry(1, "item.viewed", TIME, "system", "log", Map.of(), prev);

        prev[0] = 1;
        e.previousLeafHash()[1] = 1;

        assertThat(e.previousLeafHash()).isEqualTo(new byte[32]);
        assertThat(LogEntry.noPreviousEntry()).isEqualTo(new byte[32]);
    }

    @Test
    void isAValueAndEqualsItsDecodedSelfEvenWhenBuiltWithIntegers() {
        LogEntry built = new LogEntry(1, "item.viewed", TIME, "system", ITEM, Map.of("n", 7), new byte[32]);
        LogEntry same = new LogEntry(1, "item.viewed", TIME, "system", ITEM, Map.of("n", 7L), new byte[32]);
        byte[] otherPrev = new byte[32];
        otherPrev[31] = 1;
        LogEntry other = new LogEntry(1, "item.viewed", TIME, "system", ITEM, Map.of("n", 7), otherPrev);

        assertThat(built).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(EntryCodec.decode(EntryCodec.encode(built))).isEqualTo(built);
    }

    @Test
    void toStringLeavesThePayloadOut() {
        LogEntry e =
                new LogEntry(1, "item.viewed", TIME, "user:42", ITEM, Map.of("note", "Amina Haddad"), new byte[32]);

        assertThat(e.toString())
                .contains("item.viewed", "user:42", "2026-11-28T11:56:05.123Z")
                .doesNotContain("Amina");
    }
}
