package org.jeli.provenance.entry;

import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Log entry format, version 1: the bytes that are hashed into the Merkle leaf.
 *
 * <p>An entry is the RFC 8785 canonical JSON (see {@link CanonicalJson}: UTF-8, no whitespace,
 * members sorted by UTF-16 code units, integers only) of an object with exactly these seven
 * members, which canonical order puts in this sequence:
 *
 * <pre>
 * {"actor":A,"kind":K,"payload":P,"prev":H,"subject":S,"time":T,"v":1}
 * </pre>
 *
 * <dl>
 *   <dt>{@code actor}
 *   <dd>string matching {@code [a-z][a-z0-9_-]*(:[A-Za-z0-9._-]+)*}, at most 128 characters; who
 *       caused the event, e.g. {@code user:42}, {@code system}.
 *   <dt>{@code kind}
 *   <dd>string matching {@code [a-z]+(\.[a-z_]+)+}, at most 64 characters; e.g. {@code
 *       item.submitted}, {@code metadata.extracted}, {@code item.viewed}, {@code item.downloaded},
 *       {@code item.exported}, {@code access.changed}, {@code key.rotated}, {@code takedown}. Kinds
 *       may be added without a new version; a verifier must not reject an unknown kind.
 *   <dt>{@code payload}
 *   <dd>object; the event's details, any value of the model (objects, arrays, strings, integers in
 *       ±(2<sup>53</sup>−1), booleans, null), at most 32 levels deep counting the entry itself.
 *       Personal data appears only as commitments {@code c1:<saltId>:<base64url>} (see {@link
 *       Commitments}).
 *   <dt>{@code prev}
 *   <dd>string: the 32-byte Merkle leaf hash of the previous entry in standard base64 (RFC 4648
 *       §4) with padding, always 44 characters; {@code AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=}
 *       (all zeros) for the first entry.
 *   <dt>{@code subject}
 *   <dd>string, same pattern as actor, at most 256 characters; what the event touched, e.g. {@code
 *       item:<uuid>}, {@code blob:sha256:<hex>}, {@code checkpoint:<size>}, {@code log}.
 *   <dt>{@code time}
 *   <dd>string: RFC 3339 in UTC with exactly three fractional digits, {@code
 *       YYYY-MM-DDThh:mm:ss.sssZ}, e.g. {@code 2026-11-28T11:56:05.123Z}; no leap seconds.
 *   <dt>{@code v}
 *   <dd>integer {@code 1}, this format's version.
 * </dl>
 *
 * <p>The Merkle leaf hash of an entry is {@code SHA-256(0x00 || entry bytes)} (RFC 9162 §2.1.1).
 *
 * <p>To check an entry with any JSON parser: parse it, check the seven members and their rules,
 * re-serialise with an RFC 8785 implementation and compare with the original bytes; they must be
 * identical. {@link #decode} does exactly that and also enforces a 1 MiB size limit.
 */
public final class EntryCodec {
    /** The format version written in {@code v}. */
    public static final int VERSION = 1;

    private static final Set<String> MEMBERS = Set.of("actor", "kind", "payload", "prev", "subject", "time", "v");

    private EntryCodec() {}

    /** The canonical bytes of {@code entry}. */
    public static byte[] encode(LogEntry entry) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("actor", entry.actor());
        object.put("kind", entry.kind());
        object.put("payload", entry.payload());
        object.put("prev", Base64.getEncoder().encodeToString(entry.previousLeafHash()));
        object.put("subject", entry.subject());
        object.put("time", EntryTime.format(entry.time()));
        object.put("v", (long) entry.version());
        return CanonicalJson.encode(object);
    }

    /**
     * Parses entry bytes; accepts exactly the bytes {@link #encode} produces.
     *
     * @throws MalformedEntryException for anything else, and never another exception
     */
    public static LogEntry decode(byte[] bytes) {
        if (!(CanonicalJson.decode(bytes) instanceof Map<?, ?> object)) {
            throw new MalformedEntryException("entry is not a JSON object");
        }
        if (!(object.get("v") instanceof Long v)) {
            throw new MalformedEntryException("entry has no integer member v");
        }
        if (v != VERSION) {
            throw new MalformedEntryException("unsupported entry version");
        }
        for (String name : MEMBERS) {
            if (!object.containsKey(name)) {
                throw new MalformedEntryException("entry lacks member " + name);
            }
        }
        if (object.size() != MEMBERS.size()) {
            throw new MalformedEntryException("entry has unexpected members");
        }
        LogEntry entry;
        try {
            entry = new LogEntry(
                    VERSION,
                    string(object, "kind"),
                    EntryTime.parse(string(object, "time")),
                    string(object, "actor"),
                    string(object, "subject"),
                    payload(object),
                    prev(string(object, "prev")));
        } catch (IllegalArgumentException e) {
            throw new MalformedEntryException("entry member is invalid: " + e.getMessage());
        }
        if (!Arrays.equals(encode(entry), bytes)) {
            throw new NonCanonicalJsonException("entry does not re-encode to the same bytes");
        }
        return entry;
    }

    private static String string(Map<?, ?> object, String name) {
        if (!(object.get(name) instanceof String s)) {
            throw new MalformedEntryException("entry member " + name + " must be a string");
        }
        return s;
    }

    @SuppressWarnings("unchecked") // CanonicalJson.decode builds objects as Map<String, Object>
    private static Map<String, Object> payload(Map<?, ?> object) {
        if (!(object.get("payload") instanceof Map<?, ?> payload)) {
            throw new MalformedEntryException("entry member payload must be an object");
        }
        return (Map<String, Object>) payload;
    }

    private static byte[] prev(String text) {
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedEntryException("entry member prev is not base64");
        }
        if (hash.length != LogEntry.HASH_LENGTH
                || !Base64.getEncoder().encodeToString(hash).equals(text)) {
            throw new MalformedEntryException("entry member prev must be 32 bytes in padded standard base64");
        }
        return hash;
    }
}
