package org.jeli.storage.filesystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.jeli.storage.crypto.Kek;
import org.jeli.storage.crypto.KekRing;
import org.jeli.storage.crypto.KeyWrap;

/**
 * The key store: one wrapped data key per encrypted blob, in its own file {@code aa/bb/<name>} under
 * a directory kept apart from the blobs and the database (default {@code <data-dir>/keys/data-keys}),
 * named by the blob's storage name, so it reveals nothing either. A key is written durably before
 * its blob is published; destroying one file makes one blob unreadable (crypto-shredding). Safe for
 * concurrent use; writes of one name are serialised by the blob store's commit lock.
 */
public final class DataKeys {
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    private final KekRing ring;
    private final SecureRandom random;

    /** What a re-wrap did. */
    public record Rewrap(long rewrapped, long alreadyCurrent) {}

    public DataKeys(Path dir, KekRing ring, SecureRandom random) throws IOException {
        this.dir = dir;
        this.ring = ring;
        this.random = random;
        Durable.createDirectories(dir);
    }

    /** The id of the KEK new keys are wrapped under. */
    public String currentKekId() {
        return ring.current().idHex();
    }

    /**
     * Refuses to start on a key store whose keys this process could not unwrap (a wrong or missing
     * KEK configuration): checks the first wrapped key found.
     */
    public void checkKekMatches() throws IOException {
        try (Stream<Path> files = keyFiles()) {
            Optional<Path> first = files.findFirst();
            if (first.isPresent() && !ring.knows(KeyWrap.kekIdOf(Files.readAllBytes(first.get())))) {
                throw new IllegalStateException("the data keys in " + dir + " are wrapped under another"
                        + " key-encryption key than the one configured (KEK " + currentKekId() + ")");
            }
        }
    }

    /** Stores {@code key} for {@code name} durably, replacing any key of that name. */
    public void put(String name, SecretKey key) throws IOException {
        SecretFiles.write(pathOf(name), KeyWrap.wrap(ring.current(), key, name, random), true);
    }

    /** The data key stored for {@code name}, if any. */
    public Optional<SecretKey> get(String name) throws IOException {
        byte[] wrapped;
        try {
            wrapped = Files.readAllBytes(pathOf(name));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(KeyWrap.unwrap(ring, wrapped, name));
    }

    /** Destroys the key of {@code name} (the file is deleted and the deletion made durable). */
    public boolean destroy(String name) throws IOException {
        Path file = pathOf(name);
        boolean deleted = Files.deleteIfExists(file);
        if (deleted) {
            Durable.fsyncDirectory(file.getParent());
        }
        return deleted;
    }

    /**
     * Re-wraps every key not yet under {@code next}; resumable (keys already under it are skipped)
     * and blob bytes are untouched. This store's ring must know the KEK each key is wrapped under.
     */
    public Rewrap rewrapAll(Kek next) throws IOException {
        long rewrapped = 0;
        long current = 0;
        try (Stream<Path> files = keyFiles()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                byte[] wrapped = Files.readAllBytes(file);
                if (java.util.Arrays.equals(KeyWrap.kekIdOf(wrapped), next.id())) {
                    current++;
                    continue;
                }
                String name = file.getFileName().toString();
                SecretKey key = KeyWrap.unwrap(ring, wrapped, name);
                SecretFiles.write(file, KeyWrap.wrap(next, key, name, random), true);
                rewrapped++;
            }
        }
        return new Rewrap(rewrapped, current);
    }

    private Stream<Path> keyFiles() throws IOException {
        return Files.walk(dir)
                .filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                .filter(Files::isRegularFile);
    }

    private Path pathOf(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a storage name");
        }
        return BlobNames.shard(dir, name).resolve(name);
    }
}
