package org.jeli.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where Jeli keeps everything it owns on one machine: the embedded database, blobs and keys. Read
 * before the application starts (the embedded database must run before the datasource opens), from
 * the system property {@code jeli.data-dir}, the environment variable {@code JELI_DATA_DIR}, or
 * {@code ./jeli-data}.
 */
public final class DataDirectory {
    public static final String PROPERTY = "jeli.data-dir";
    public static final String ENV = "JELI_DATA_DIR";
    public static final String DEFAULT = "jeli-data";

    private DataDirectory() {}

    public static Path resolve(Properties system, Map<String, String> env) {
        String value = system.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = env.get(ENV);
        }
        if (value == null || value.isBlank()) {
            value = DEFAULT;
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
