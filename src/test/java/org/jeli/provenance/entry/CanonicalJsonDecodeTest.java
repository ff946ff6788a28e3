package org.jeli.provenance.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding accepts canonical form only; each rejected case is named after the rule it breaks. */
class CanonicalJsonDecodeTest {

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "[]",
                "null",
                "true",
                "false",
                "0",
                "-1",
                "9007199254740991",
                "-9007199254740991",
                "\"\"",
                "\"\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f\\\"\\\\/\u007f\u00e9\ud83d\ude00\"",
                "{\"\":0,\"a\":[1,{\"b\":null}],\"\u00e9\":\"x\"}",
                "[[],{},[{}]]"
            })
    void acceptsCanonicalJsonAndReEncodesItExactly(String canonical) {
        Object value = CanonicalJson.decode(utf8(canonical));

        assertThat(CanonicalJson.encode(value)).isEqualTo(utf8(canonical));
    }

    @Test
    void returnsMutableLinkedHashMapsArrayListsAndLongs() {
        Object value = CanonicalJson.decode(utf8("{\"a\":[1,\"x\",true,null],\"b\":{}}"));

        assertThat(value).isInstanceOf(LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        assertThat(map.keySet()).containsExactly("a", "b");
        assertThat(map.get("a")).isInstanceOf(ArrayList.class).isEqualTo(Arrays.asList(1L, "x", true, null));
        assertThat(map.get("b")).isInstanceOf(LinkedHashMap.class);
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                nonCanonical("whitespace between tokens", "{\"a\": 1}"),
                nonCanonical("whitespace before the value", " {}"),
                nonCanonical("whitespace after the value", "{}\n"),
                nonCanonical("whitespace inside an array", "[1, 2]"),
                nonCanonical("members not sorted", "{\"b\":1,\"a\":2}"),
                nonCanonical("members sorted by code point, not UTF-16", "{\"\ufb33\":1,\"\ud83d\ude00\":2}"),
                malformed("duplicate member", "{\"a\":1,\"a\":1}"),
                malformed("duplicate member out of order", "{\"a\":1,\"b\":2,\"a\":1}"),
                malformed("fraction", "[1.0]"),
                malformed("fraction of zero", "0.5"),
                malformed("exponent", "1e2"),
                malformed("capital exponent", "1E2"),
                malformed("leading zero", "01"),
                malformed("negative leading zero", "-01"),
                nonCanonical("negative zero", "-0"),
                malformed("plus sign", "+1"),
                malformed("bare minus", "-"),
                malformed("integer above 2^53-1", "9007199254740992"),
                malformed("integer below -(2^53-1)", "-9007199254740992"),
                malformed("twenty digits", "12345678901234567890"),
                nonCanonical("escaped solidus", "\"\\/\""),
                nonCanonical("unicode escape of a printable character", "\"\\u0041\""),
                nonCanonical("unicode escape of a non-ASCII character", "\"\\u00e9\""),
                nonCanonical("unicode escape where a short escape exists", "\"\\u000a\""),
                nonCanonical("uppercase hex in a unicode escape", "\"\\u001F\""),
                nonCanonical("escaped surrogate pair", "\"\\ud83d\\ude00\""),
                nonCanonical("escaped lone high surrogate", "\"\\ud800\""),
                nonCanonical("escaped lone low surrogate", "\"\\udc00\""),
                malformed("invalid escape", "\"\\a\""),
                malformed("bad hex in unicode escape", "\"\\u00g0\""),
                malformed("non-ASCII digit in unicode escape", "\"\\u00\u0661\u0661\""),
                malformed("truncated unicode escape", "\"\\u00"),
                malformed("raw control character in string", "\"a\tb\""),
                malformed("raw newline in string", "\"a\nb\""),
                malformed("unterminated string", "\"abc"),
                malformed("trailing garbage", "{}x"),
                malformed("two values", "{}{}"),
                malformed("trailing comma in object", "{\"a\":1,}"),
                malformed("trailing comma in array", "[1,]"),
                malformed("missing colon", "{\"a\"1}"),
                malformed("non-string member name", "{1:1}"),
                malformed("single quotes", "'a'"),
                malformed("bare word", "nul"),
                malformed("capitalised literal", "True"),
                malformed("NaN", "NaN"),
                malformed("Infinity", "[Infinity]"),
                malformed("comment", "/**/{}"),
                malformed("byte order mark", "\ufeff{}"),
                malformed("empty input", ""),
                malformed("unclosed object", "{\"a\":1"),
                malformed("unclosed array", "[1"),
                malformed("33 levels of nesting", "[".repeat(33) + "]".repeat(33)),
                malformed("deep nesting never closed", "[".repeat(100_000)),
                malformed("input longer than 1 MiB", "\"" + "a".repeat(CanonicalJson.MAX_BYTES - 1) + "\""),
                malformedBytes("invalid UTF-8 byte", bytes('"', 0xff, '"')),
                malformedBytes("overlong UTF-8 encoding of a solidus", bytes('"', 0xc0, 0xaf, '"')),
                malformedBytes("UTF-8 encoded lone surrogate (CESU-8)", bytes('"', 0xed, 0xa0, 0x80, '"')),
                malformedBytes(
                        "UTF-8 encoded surrogate pair (CESU-8)", bytes('"', 0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80, '"')),
                malformedBytes("truncated UTF-8 sequence", bytes('"', 0xe2, 0x82, '"')),
                malformedBytes("code point above U+10FFFF", bytes('"', 0xf4, 0x90, 0x80, 0x80, '"')),
                malformedBytes("NUL byte outside strings", bytes('{', 0, '}')));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejects(String rule, byte[] input, Class<? extends MalformedEntryException> expected) {
        assertThatThrownBy(() -> CanonicalJson.decode(input)).isExactlyInstanceOf(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 31, 32})
    void acceptsNestingUpToThirtyTwoLevels(int depth) {
        byte[] json = utf8("{\"a\":".repeat(depth - 1) + "[]" + "}".repeat(depth - 1));

        assertThat(CanonicalJson.encode(CanonicalJson.decode(json))).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void acceptsExactlyTheSizeLimit(int extra) {
        byte[] json = utf8("\"" + "a".repeat(CanonicalJson.MAX_BYTES - 2 + extra) + "\"");

        if (extra == 0) {
            assertThat(CanonicalJson.decode(json)).isInstanceOf(String.class);
        } else {
            assertThatThrownBy(() -> CanonicalJson.decode(json)).isExactlyInstanceOf(MalformedEntryException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":\"x\"}", "[\"x\"]", "\"x\""})
    void messagesNeverEchoContent(String template) {
        String secret = "Amina Haddad +963 11 555 0199";
        List<String> variants = List.of(
                template.replace("x", secret) + " ",
                template.replace("x", secret + "\\/"),
                template.replace("x", secret) + "garbage");
        for (String variant : variants) {
            assertThatThrownBy(() -> CanonicalJson.decode(utf8(variant)))
                    .isInstanceOf(MalformedEntryException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Amina", "555"));
        }
    }

    @Test
    void rejectsMissingInput() {
        assertThatThrownBy(() -> CanonicalJson.decode(null)).isExactlyInstanceOf(MalformedEntryException.class);
    }

    private static Arguments nonCanonical(String rule, String json) {
        return Arguments.of(rule, utf8(json), NonCanonicalJsonException.class);
    }

    private static Arguments malformed(String rule, String json) {
        return Arguments.of(rule, utf8(json), MalformedEntryException.class);
    }

    private static Arguments malformedBytes(String rule, byte[] json) {
        return Arguments.of(rule, json, MalformedEntryException.class);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
