package org.jeli.hostile;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One case of the hostile corpus: named after what it must produce. A file case must be preserved
 * (201, bytes identical) with an extraction outcome in {@code outcomes}; a request case must be
 * refused with {@code status} and a problem {@code code}.
 */
record HostileCase(
        String name,
        String fileName,
        Supplier<byte[]> bytes,
        Map<String, String> fields,
        int status,
        String problemCode,
        Set<String> outcomes,
        boolean activeContent) {

    static HostileCase file(String name, String fileName, Supplier<byte[]> bytes, String... outcomes) {
        return new HostileCase(name, fileName, bytes, Map.of(), 201, null, Set.of(outcomes), false);
    }

    static HostileCase active(String name, String fileName, Supplier<byte[]> bytes, String... outcomes) {
        return new HostileCase(name, fileName, bytes, Map.of(), 201, null, Set.of(outcomes), true);
    }

    static HostileCase refused(String name, String fileName, Map<String, String> fields, String code) {
        return new HostileCase(name, fileName, () -> new byte[] {'x'}, fields, 400, code, Set.of(), false);
    }

    HostileCase withFields(Map<String, String> f) {
        return new HostileCase(name, fileName, bytes, f, status, problemCode, outcomes, activeContent);
    }

    String expected() {
        return status == 201
                ? "preserved, " + String.join(" or ", new java.util.TreeSet<>(outcomes))
                : status + " " + problemCode;
    }

    @Override
    public String toString() {
        return name;
    }
}
