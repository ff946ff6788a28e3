package org.jeli.storage.filesystem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jeli.storage.crypto.Kek;
import org.jeli.storage.crypto.KekRing;

/**
 * Where the key-encryption key comes from: base64 in the environment ({@code JELI_STORAGE_KEK}),
 * else a file of 32 raw bytes or their base64 (default {@code <data-dir>/keys/kek}, created owner-only
 * at first start). Beside a KEK file, {@code <file>.next} is the target of an unfinished rotation; it
 * only unwraps until {@code jeli rotate-kek} finishes. The KEK is never logged and never stored in
 * the database.
 */
public final class KekFiles {
    /** Suffix of the file holding the next KEK during a rotation. */
    public static final String NEXT_SUFFIX = ".next";

    private KekFiles() {}

    /**
     * The KEKs to use: {@code fromEnvironment} when given, otherwise {@code kekFile} (created when
     * missing); plus the next KEK of an unfinished rotation, when there is one.
     */
    public static KekRing load(Optional<String> fromEnvironment, Path kekFile, SecureRandom random) throws IOException {
        List<Kek> others = new ArrayList<>();
        Path next = nextOf(kekFile);
        if (Files.exists(next)) {
            others.add(read(next));
        }
        if (fromEnvironment.isPresent() && !fromEnvironment.get().isBlank()) {
            return new KekRing(Kek.fromBase64(fromEnvironment.get()), others);
        }
        if (!Files.exists(kekFile)) {
            SecretFiles.loadOrCreate(kekFile, Kek.LENGTH, random, "key-encryption key");
        }
        return new KekRing(read(kekFile), others);
    }

    /** Reads a KEK file: 32 raw bytes, or base64 of 32 bytes (surrounding whitespace ignored). */
    public static Kek read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == Kek.LENGTH) {
            return new Kek(bytes);
        }
        try {
            return Kek.fromBase64(new String(bytes, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the key-encryption key file must hold 32 bytes or their base64");
        }
    }

    /** Creates {@code file} with a new random KEK unless it exists, and returns the KEK in it. */
    public static Kek loadOrCreate(Path file, SecureRandom random) throws IOException {
        if (!Files.exists(file)) {
            SecretFiles.loadOrCreate(file, Kek.LENGTH, random, "key-encryption key");
        }
        return read(file);
    }

    /** Replaces {@code target} with {@code source} atomically (the end of a rotation). */
    public static void promote(Path source, Path target) throws IOException {
        Files.move(
                source,
                target,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Durable.fsyncDirectory(target.toAbsolutePath().getParent());
    }

    public static Path nextOf(Path kekFile) {
        return kekFile.resolveSibling(kekFile.getFileName() + NEXT_SUFFIX);
    }
}
