package org.jeli.provenance.entry;

import java.util.Arrays;

/**
 * RFC 8785 JSON Canonicalization Scheme over a restricted value model. This is the only way Jeli
 * turns structured data into bytes that are hashed or signed.
 *
 * <p>The model, in Java terms:
 *
 * <ul>
 *   <li>{@code Map<String, ?>}: a JSON object; members are written sorted by the UTF-16 code units
 *       of their names (RFC 8785 §3.2.3, which is {@link String#compareTo}); names are unique.
 *   <li>{@code List<?>}: a JSON array, in list order.
 *   <li>{@code String}: written between quotes with only {@code "}, {@code \} and the control
 *       characters U+0000..U+001F escaped, as {@code \"}, {@code \\}, {@code \b}, {@code \t},
 *       {@code \n}, {@code \f}, {@code \r} or {@code \}{@code u00xx} (lowercase hex); every other
 *       character literally in UTF-8 (RFC 8785 §3.2.2.2). Lone surrogates are rejected.
 *   <li>{@code Long} or {@code Integer}: an integer in the I-JSON safe range ±(2<sup>53</sup>−1),
 *       written in decimal without leading zeros or {@code +}; {@code 0} never as {@code -0}. In
 *       that range the ECMAScript number serialisation RFC 8785 requires is exactly this.
 *   <li>{@code Boolean}: {@code true} / {@code false}; {@code null}: {@code null}.
 * </ul>
 *
 * <p>Floating point numbers, other types, nesting deeper than {@value #MAX_DEPTH} containers and
 * output longer than {@value #MAX_BYTES} bytes are rejected. No whitespace is written.
 *
 * <p>{@link #decode} is the exact inverse: it accepts only bytes that {@link #encode} could have
 * produced, so {@code encode(decode(b))} equals {@code b} for every {@code b} it accepts.
 */
public final class CanonicalJson {
    /** Largest accepted document, in bytes (1 MiB). */
    public static final int MAX_BYTES = 1 << 20;

    /** Deepest accepted nesting of objects and arrays; a top-level object is depth 1. */
    public static final int MAX_DEPTH = 32;

    /** Largest integer magnitude: 2<sup>53</sup>−1, the largest every IEEE double holds exactly. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {}

    /**
     * The canonical UTF-8 bytes of {@code value}.
     *
     * @throws IllegalArgumentException if the value is outside the model or a limit
     */
    public static byte[] encode(Object value) {
        return JsonWriter.write(value, MAX_DEPTH);
    }

    /**
     * Parses canonical JSON. Objects come back as {@link java.util.LinkedHashMap} in canonical
     * member order, arrays as {@link java.util.ArrayList}, integers as {@link Long}.
     *
     * @throws NonCanonicalJsonException if the bytes are JSON within the model but not canonical
     * @throws MalformedEntryException for anything else that is not canonical JSON of the model
     */
    public static Object decode(byte[] json) {
        Object value = JsonReader.read(json);
        byte[] again;
        try {
            again = encode(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedEntryException("value cannot be re-encoded canonically");
        }
        if (!Arrays.equals(again, json)) {
            throw new NonCanonicalJsonException("bytes do not re-encode to themselves");
        }
        return value;
    }
}
