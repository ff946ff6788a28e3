package org.jeli.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the offline storage commands find the blob store and its keys: the defaults under the data
 * directory, or the same environment variables the service reads ({@code JELI_STORAGE_ROOT},
 * {@code JELI_STORAGE_NAME_KEY_FILE}, {@code JELI_STORAGE_KEK}, {@code JELI_STORAGE_KEK_FILE},
 * {@code JELI_STORAGE_DATA_KEY_DIR}).
 */
public record StorageLocations(Path root, Path nameKeyFile, Optional<String> kek, Path kekFile, Path dataKeyDir) {
    public static StorageLocations of(Path dataDir, Map<String, String> env) {
        return new StorageLocations(
                path(env, "JELI_STORAGE_ROOT", dataDir.resolve("blobs")),
                path(env, "JELI_STORAGE_NAME_KEY_FILE", dataDir.resolve("keys").resolve("blob-names.key")),
                Optional.ofNullable(env.get("JELI_STORAGE_KEK")).filter(s -> !s.isBlank()),
                path(env, "JELI_STORAGE_KEK_FILE", dataDir.resolve("keys").resolve("kek")),
                path(env, "JELI_STORAGE_DATA_KEY_DIR", dataDir.resolve("keys").resolve("data-keys")));
    }

    private static Path path(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
