package org.jeli.provenance.entry;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event in the provenance log. Its bytes are {@link EntryCodec#encode}; its Merkle leaf hash is
 * {@code SHA-256(0x00 || those bytes)}; the next entry carries that hash as {@link
 * #previousLeafHash}.
 *
 * <p>Personal data (names, phone numbers, free-text places, file names) never goes into an entry in
 * clear: the payload holds a {@link Commitments commitment} to it instead.
 *
 * @param version the codec version; only {@value EntryCodec#VERSION} exists
 * @param kind what happened, e.g. {@code item.submitted}, {@code access.changed}: pattern {@code
 *     [a-z]+(\.[a-z_]+)+}, at most {@value #MAX_KIND_LENGTH} characters
 * @param time when, with millisecond precision, years 0000 to 9999
 * @param actor who, e.g. {@code user:42} or {@code system}: pattern {@code
 *     [a-z][a-z0-9_-]*(:[A-Za-z0-9._-]+)*}, at most {@value #MAX_ACTOR_LENGTH} characters
 * @param subject what it touched, e.g. {@code item:<uuid>}, {@code blob:sha256:<hex>}, {@code
 *     checkpoint:<size>}, {@code log}: same pattern as actor, at most {@value #MAX_SUBJECT_LENGTH}
 *     characters
 * @param payload details, a {@link CanonicalJson} object of at most {@value #MAX_PAYLOAD_BYTES}
 *     encoded bytes and {@code MAX_DEPTH - 1} levels; stored as an unmodifiable deep copy in
 *     canonical member order, integers as {@code Long}
 * @param previousLeafHash the leaf hash of the previous entry, {@value #HASH_LENGTH} bytes, all zero
 *     for the first entry; copied in and out
 */
public record LogEntry(
        int version,
        String kind,
        Instant time,
        String actor,
        String subject,
        Map<String, Object> payload,
        byte[] previousLeafHash) {

    public static final int HASH_LENGTH = 32;
    public static final int MAX_KIND_LENGTH = 64;
    public static final int MAX_ACTOR_LENGTH = 128;
    public static final int MAX_SUBJECT_LENGTH = 256;
    /** Leaves room for the other members so that every valid entry encodes within the limit. */
    public static final int MAX_PAYLOAD_BYTES = CanonicalJson.MAX_BYTES - 1024;

    private static final Pattern KIND = Pattern.compile("[a-z]+(\\.[a-z_]+)+");
    private static final Pattern REFERENCE = Pattern.compile("[a-z][a-z0-9_-]*(:[A-Za-z0-9._-]+)*");

    public LogEntry {
        if (version != EntryCodec.VERSION) {
            throw new IllegalArgumentException("unsupported entry version");
        }
        check(kind, KIND, MAX_KIND_LENGTH, "kind");
        String timeProblem = EntryTime.problem(time);
        if (timeProblem != null) {
            throw new IllegalArgumentException(timeProblem);
        }
        check(actor, REFERENCE, MAX_ACTOR_LENGTH, "actor");
        check(subject, REFERENCE, MAX_SUBJECT_LENGTH, "subject");
        if (payload == null) {
            throw new IllegalArgumentException("payload is missing");
        }
        if (JsonWriter.write(payload, CanonicalJson.MAX_DEPTH - 1).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("payload longer than " + MAX_PAYLOAD_BYTES + " bytes");
        }
        payload = JsonValues.immutableObject(payload);
        if (previousLeafHash == null || previousLeafHash.length != HASH_LENGTH) {
            throw new IllegalArgumentException("previous leaf hash must be " + HASH_LENGTH + " bytes");
        }
        previousLeafHash = previousLeafHash.clone();
    }

    /** The first entry of a log: the previous leaf hash is all zeros. */
    public static byte[] noPreviousEntry() {
        return new byte[HASH_LENGTH];
    }

    private static void check(String value, Pattern pattern, int maxLength, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        if (value.length() > maxLength || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must match " + pattern + " (at most " + maxLength + ")");
        }
    }

    @Override
    public byte[] previousLeafHash() {
        return previousLeafHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogEntry other
                && version == other.version
                && kind.equals(other.kind)
                && time.equals(other.time)
                && actor.equals(other.actor)
                && subject.equals(other.subject)
                && payload.equals(other.payload)
                && Arrays.equals(previousLeafHash, other.previousLeafHash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, kind, time, actor, subject, payload, Arrays.hashCode(previousLeafHash));
    }

    /** Names the event; payload content is left out of logs. */
    @Override
    public String toString() {
        return "LogEntry[v=" + version + ", kind=" + kind + ", time=" + EntryTime.format(time) + ", actor=" + actor
                + ", subject=" + subject + ", payload=" + payload.size() + " members, prev="
                + HexFormat.of().formatHex(previousLeafHash) + "]";
    }
}
