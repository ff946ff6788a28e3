package org.jeli.provenance.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encoding: the RFC 8785 examples, escaping, integers and what the model refuses. */
class CanonicalJsonTest {

    static String text(Object value) {
        return new String(CanonicalJson.encode(value), StandardCharsets.UTF_8);
    }

    @Test
    void sortsMembersByUtf16CodeUnitsAsInRfc8785Section323() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("\u20ac", "Euro Sign");
        input.put("\r", "Carriage Return");
        input.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        input.put("1", "One");
        input.put("\ud83d\ude00", "Emoji: Grinning Face");
        input.put("\u0080", "Control");
        input.put("\u00f6", "Latin Small Letter O With Diaeresis");

        assertThat(text(input))
                .isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void decodesTheSortingExampleInTheSameOrder() {
        byte[] canonical = CanonicalJson.encode(Map.of("\ufb33", 1, "\ud83d\ude00", 2, "\u20ac", 3));

        @SuppressWarnings("unchecked")
        Map<String, Object> decoded = (Map<String, Object>) CanonicalJson.decode(canonical);
        assertThat(decoded.keySet()).containsExactly("\u20ac", "\ud83d\ude00", "\ufb33");
    }

    @Test
    void escapesStringsAsInRfc8785Section3222() {
        // The RFC's "string" member, whose input spells these characters with backslash-u escapes.
        String value = "\u20ac$\u000f\nA'B\"\\\\\"/";

        assertThat(text(value)).isEqualTo("\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"");
        assertThat(text(Map.of("literals", Arrays.asList(null, true, false))))
                .isEqualTo("{\"literals\":[null,true,false]}");
    }

    @Test
    void escapesEveryControlCharacterTheEcmascriptWay() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            all.append(c);
        }

        assertThat(text(all.toString()))
                .isEqualTo("\"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r"
                        + "\\u000e\\u000f\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019"
                        + "\\u001a\\u001b\\u001c\\u001d\\u001e\\u001f\"");
    }

    @Test
    void writesEverythingElseLiterallyInUtf8() {
        String value = "\u007f\u0080\u00e9\u2028\u2029\ufeff\uffff</script>\ud83d\ude00";

        assertThat(CanonicalJson.encode(value)).isEqualTo(("\"" + value + "\"").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesIntegersPlainlyUpToTheSafeRange() {
        assertThat(text(List.of(0, -1, 42, 9_007_199_254_740_991L, -9_007_199_254_740_991L, Integer.MIN_VALUE)))
                .isEqualTo("[0,-1,42,9007199254740991,-9007199254740991,-2147483648]");
        assertThat(CanonicalJson.encode(7)).isEqualTo(CanonicalJson.encode(7L));
    }

    @Test
    void writesScalarsEmptyContainersAndNesting() {
        assertThat(text(null)).isEqualTo("null");
        assertThat(text(true)).isEqualTo("true");
        assertThat(text("")).isEqualTo("\"\"");
        assertThat(text(Map.of())).isEqualTo("{}");
        assertThat(text(List.of())).isEqualTo("[]");
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("b", List.of(Map.of("z", 1, "a", 2)));
        withNull.put("a", null);
        assertThat(text(withNull)).isEqualTo("{\"a\":null,\"b\":[{\"a\":2,\"z\":1}]}");
    }

    @ParameterizedTest
    @ValueSource(longs = {9_007_199_254_740_992L, -9_007_199_254_740_992L, Long.MAX_VALUE, Long.MIN_VALUE})
    void rejectsIntegersOutsideTheSafeRange(long n) {
        assertThatThrownBy(() -> CanonicalJson.encode(n)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsFloatingPointAndOtherTypes() {
        for (Object value : new Object[] {
            1.0,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            1.5f,
            new BigDecimal("1"),
            BigInteger.ONE,
            (short) 1,
            'c',
            new Object(),
            new byte[] {1},
            new String[] {"a"}
        }) {
            assertThatThrownBy(() -> CanonicalJson.encode(value)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CanonicalJson.encode(Map.of("k", List.of(value))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "\udc00", "a\ud83db", "\ude00\ud83d", "x\ud83d"})
    void rejectsLoneSurrogatesInValuesAndNames(String s) {
        assertThatThrownBy(() -> CanonicalJson.encode(s)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.encode(Map.of(s, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNonStringMemberNames() {
        assertThatThrownBy(() -> CanonicalJson.encode(Map.of(1, "one"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsTheSameMemberNameTwice() {
        Map<String, Object> map = new IdentityHashMap<>();
        map.put(new String("a"), 1);
        map.put(new String("a"), 2);

        assertThatThrownBy(() -> CanonicalJson.encode(map)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsThirtyTwoLevelsAndRejectsThirtyThree() {
        assertThat(text(nestedLists(32))).isEqualTo("[".repeat(32) + "]".repeat(32));
        assertThatThrownBy(() -> CanonicalJson.encode(nestedLists(33))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsCyclesInsteadOfOverflowingTheStack() {
        Map<String, Object> cycle = new HashMap<>();
        cycle.put("self", cycle);
        List<Object> list = new ArrayList<>();
        list.add(list);

        assertThatThrownBy(() -> CanonicalJson.encode(cycle)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.encode(list)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsOutputLargerThanTheLimit() {
        String fits = "a".repeat(CanonicalJson.MAX_BYTES - 2);
        String twoByteChars = "\u00e9".repeat(CanonicalJson.MAX_BYTES / 2);

        assertThat(CanonicalJson.encode(fits)).hasSize(CanonicalJson.MAX_BYTES);
        assertThatThrownBy(() -> CanonicalJson.encode(fits + "a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.encode(twoByteChars)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.encode(List.of(fits, fits)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Object nestedLists(int depth) {
        Object value = List.of();
        for (int i = 1; i < depth; i++) {
            value = List.of(value);
        }
        return value;
    }
}
