package org.jeli.provenance.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deep, unmodifiable copies of values of the {@link CanonicalJson} model, normalised so that equal
 * JSON means equal Java values: members in canonical order, {@code Integer} widened to {@code
 * Long}. Callers validate the value (by encoding it) first; the copy only re-checks what it needs.
 */
final class JsonValues {
    private JsonValues() {}

    static Map<String, Object> immutableObject(Map<?, ?> map) {
        return object(map, 1);
    }

    /** Copies a value found inside a container at {@code depth}. */
    private static Object copy(Object value, int depth) {
        if (value instanceof Integer i) {
            return i.longValue();
        } else if (value instanceof Map<?, ?> m) {
            return object(m, depth + 1);
        } else if (value instanceof List<?> l) {
            checkDepth(depth + 1);
            List<Object> list = new ArrayList<>(l.size());
            for (Object element : l) {
                list.add(copy(element, depth + 1));
            }
            return Collections.unmodifiableList(list);
        }
        return value;
    }

    private static Map<String, Object> object(Map<?, ?> map, int depth) {
        checkDepth(depth);
        Map<String, Object> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String name)) {
                throw new IllegalArgumentException("object member names must be strings");
            }
            sorted.put(name, copy(e.getValue(), depth));
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    private static void checkDepth(int depth) {
        if (depth > CanonicalJson.MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nesting deeper than " + CanonicalJson.MAX_DEPTH);
        }
    }
}
