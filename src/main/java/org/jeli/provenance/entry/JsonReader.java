package org.jeli.provenance.entry;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict parser for the model of {@link CanonicalJson}: accepts the canonical grammar only (no
 * whitespace, sorted unique member names, canonical escapes and integers). Linear time; recursion
 * bounded by {@link CanonicalJson#MAX_DEPTH}; input bounded by {@link CanonicalJson#MAX_BYTES}.
 * Messages carry at most a character offset, never content.
 */
final class JsonReader {
    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    static Object read(byte[] json) {
        if (json == null) {
            throw new MalformedEntryException("input is missing");
        }
        if (json.length > CanonicalJson.MAX_BYTES) {
            throw new MalformedEntryException("input longer than " + CanonicalJson.MAX_BYTES + " bytes");
        }
        JsonReader reader = new JsonReader(utf8(json));
        Object value = reader.value(0);
        if (reader.pos != reader.text.length()) {
            throw reader.unexpected();
        }
        return value;
    }

    private static String utf8(byte[] json) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedEntryException("input is not valid UTF-8");
        }
    }

    private Object value(int depth) {
        if (pos >= text.length()) {
            throw new MalformedEntryException("unexpected end of input");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(enter(depth));
            case '[' -> array(enter(depth));
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                throw unexpected();
            }
        };
    }

    private int enter(int depth) {
        if (depth + 1 > CanonicalJson.MAX_DEPTH) {
            throw new MalformedEntryException("nesting deeper than " + CanonicalJson.MAX_DEPTH);
        }
        return depth + 1;
    }

    private Map<String, Object> object(int depth) {
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        if (peek() == '}') {
            pos++;
            return map;
        }
        String previous = null;
        while (true) {
            if (peek() != '"') {
                throw unexpected();
            }
            String name = string();
            if (map.containsKey(name)) {
                throw new MalformedEntryException("duplicate member name at character " + pos);
            }
            if (previous != null && name.compareTo(previous) < 0) {
                throw new NonCanonicalJsonException("members not sorted by UTF-16 code units at character " + pos);
            }
            expect(':');
            map.put(name, value(depth));
            previous = name;
            if (peek() == '}') {
                pos++;
                return map;
            }
            expect(',');
        }
    }

    private List<Object> array(int depth) {
        pos++;
        List<Object> list = new ArrayList<>();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value(depth));
            if (peek() == ']') {
                pos++;
                return list;
            }
            expect(',');
        }
    }

    private String string() {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new MalformedEntryException("unterminated string starting at character " + start);
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            } else if (c == '\\') {
                sb.append(escape());
            } else if (c < 0x20) {
                throw new MalformedEntryException("unescaped control character at character " + (pos - 1));
            } else {
                sb.append(c);
            }
        }
    }

    private char escape() {
        if (pos >= text.length()) {
            throw new MalformedEntryException("unterminated escape at character " + pos);
        }
        char e = text.charAt(pos++);
        return switch (e) {
            case '"' -> '"';
            case '\\' -> '\\';
            case 'b' -> '\b';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'f' -> '\f';
            case 'r' -> '\r';
            case 'u' -> unicodeEscape();
            case '/' -> throw new NonCanonicalJsonException("escaped solidus at character " + (pos - 2));
            default -> throw new MalformedEntryException("invalid escape at character " + (pos - 2));
        };
    }

    private char unicodeEscape() {
        int at = pos - 2;
        if (pos + 4 > text.length()) {
            throw new MalformedEntryException("truncated \\u escape at character " + at);
        }
        int code = 0;
        boolean upper = false;
        for (int i = 0; i < 4; i++) {
            char h = text.charAt(pos++);
            int digit = Character.digit(h, 16);
            if (digit < 0 || h > 'f') {
                throw new MalformedEntryException("invalid \\u escape at character " + at);
            }
            upper |= h >= 'A' && h <= 'F';
            code = code * 16 + digit;
        }
        if (upper || code >= 0x20 || code == '\b' || code == '\t' || code == '\n' || code == '\f' || code == '\r') {
            throw new NonCanonicalJsonException("\\u escape not used by canonical form at character " + at);
        }
        return (char) code;
    }

    private Long number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digitsStart = pos;
        if (!isDigit(peek())) {
            throw new MalformedEntryException("invalid number at character " + start);
        }
        if (text.charAt(pos++) == '0') {
            if (isDigit(peek())) {
                throw new MalformedEntryException("number with leading zero at character " + start);
            }
        } else {
            while (isDigit(peek())) {
                pos++;
            }
        }
        char next = peek();
        if (next == '.' || next == 'e' || next == 'E') {
            throw new MalformedEntryException("only integers are allowed, at character " + start);
        }
        if (pos - digitsStart > 16) {
            throw new MalformedEntryException("integer out of range at character " + start);
        }
        long n = Long.parseLong(text, start, pos, 10);
        if (n > CanonicalJson.MAX_SAFE_INTEGER || n < -CanonicalJson.MAX_SAFE_INTEGER) {
            throw new MalformedEntryException("integer out of range at character " + start);
        }
        if (n == 0 && digitsStart != start) {
            throw new NonCanonicalJsonException("-0 is not canonical, at character " + start);
        }
        return n;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw unexpected();
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw unexpected();
        }
        pos++;
    }

    /** The next character, or U+FFFF at the end (never valid where it is looked at). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\uffff';
    }

    private MalformedEntryException unexpected() {
        if (pos >= text.length()) {
            return new MalformedEntryException("unexpected end of input");
        }
        char c = text.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            return new NonCanonicalJsonException("whitespace outside strings at character " + pos);
        }
        return new MalformedEntryException("unexpected character at character " + pos);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
