package org.jeli.metadata.tika;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.tika.metadata.Metadata;

/**
 * Every metadata name a parse reported, with all its values, bounded in size (a hostile file can
 * carry megabytes of metadata). Left out are the names that describe Jeli's stored copy rather than
 * the evidence: the name hint Jeli passed in, and the file-system entries the image library adds
 * (name and modification time of the stored file, which would read like evidence but are not).
 * Tika's exception records keep their first line only, not the stack trace.
 */
final class RawMetadata {

    static final int MAX_NAMES = 2_000;
    static final int MAX_VALUES_PER_NAME = 100;
    static final int MAX_VALUE_CHARS = 8_192;
    static final Set<String> EXCLUDED = Set.of("resourceName", "File Name", "File Modified Date", "File Size");
    private static final String EXCEPTION_PREFIX = "X-TIKA:EXCEPTION:";

    private final Map<String, List<String>> values;

    private RawMetadata(Map<String, List<String>> values) {
        this.values = values;
    }

    static RawMetadata empty() {
        return new RawMetadata(Map.of());
    }

    static RawMetadata from(Metadata metadata) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String name : new TreeSet<>(Arrays.asList(metadata.names()))) {
            if (map.size() >= MAX_NAMES) {
                break;
            }
            if (EXCLUDED.contains(name)) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String value : metadata.getValues(name)) {
                if (kept.size() >= MAX_VALUES_PER_NAME) {
                    break;
                }
                if (value != null) {
                    kept.add(bound(name, value));
                }
            }
            map.put(SafeText.oneLine(name, 256), List.copyOf(kept));
        }
        return new RawMetadata(Map.copyOf(map));
    }

    private static String bound(String name, String value) {
        if (name.startsWith(EXCEPTION_PREFIX)) {
            int eol = value.indexOf('\n');
            return SafeText.oneLine(eol < 0 ? value : value.substring(0, eol), 500);
        }
        return SafeText.bounded(value, MAX_VALUE_CHARS);
    }

    String first(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    Map<String, List<String>> asMap() {
        return values;
    }
}
