package org.jeli.provenance.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The log's Ed25519 signing keys, kept in one folder (e.g. {@code <data-dir>/keys/log/}):
 *
 * <ul>
 *   <li>{@code keys.properties} — every key with name, key ID, verifier key, public key, {@code
 *       validFrom} and {@code validUntil} (empty for the current key); see {@link KeyManifest} for
 *       the format. It holds no secret.
 *   <li>{@code key-NNNN.private.pem} — unencrypted PKCS#8 v1, mode {@code 600}.
 *   <li>{@code key-NNNN.public.pem} — SubjectPublicKeyInfo, for publishing and offline checks.
 * </ul>
 *
 * <p>Two ways to open it. {@link #open} manages keys itself: on first use it generates a key with
 * the injected {@link SecureRandom}, and {@link #rotate} replaces it. {@link #openWithConfiguredKey}
 * signs with a PKCS#8 PEM the operator provides elsewhere; configuring a different key retires the
 * previous one. Either way the folder keeps the public history, so checkpoints signed by retired
 * keys still verify ({@link #verifier()}). Retired private key files are kept; an operator may
 * destroy them, since verification needs only the public halves.
 *
 * <p>Every file is written to a temporary file, fsynced and renamed, so a crash leaves the old
 * state or the new. One process should manage a folder; methods are synchronized within it.
 * Private keys never appear in {@code toString}, messages or return values.
 */
public final class SigningKeyStore {
    /** The key name used when none is configured; real deployments use their log origin. */
    public static final String DEFAULT_KEY_NAME = "jeli.example/log";

    private final Path dir;
    private final SecureRandom random;
    private KeyManifest manifest;
    private SigningKey current;

    private SigningKeyStore(Path dir, SecureRandom random, KeyManifest manifest, SigningKey current) {
        this.dir = dir;
        this.random = random;
        this.manifest = manifest;
        this.current = current;
    }

    /**
     * Opens the folder, generating and recording a first key named {@code keyName}, valid from
     * {@code clock.instant()}, when it holds none yet.
     *
     * @throws IllegalStateException when the folder's current key has another name, or its files
     *     are missing, unreadable or do not match the manifest
     * @throws IOException when the folder cannot be read or written
     */
    public static SigningKeyStore open(Path dir, String keyName, SecureRandom random, Clock clock) throws IOException {
        Objects.requireNonNull(random, "random");
        checkKeyName(keyName);
        DurableFiles.createPrivateDirectory(dir);
        KeyManifest manifest = readManifest(dir);
        if (manifest == null) {
            KeyFiles.Generated first = KeyFiles.generate(dir, 1, keyName, random, clock.instant());
            manifest = new KeyManifest(List.of(first.entry()));
            writeManifest(dir, manifest);
            return new SigningKeyStore(dir, random, manifest, first.key());
        }
        KeyManifest.Entry entry = manifest.current();
        if (!entry.info().keyName().equals(keyName)) {
            throw new IllegalStateException("the current log key is named "
                    + entry.info().keyName() + ", not " + keyName + "; a new origin needs a new key folder");
        }
        Path privateFile = dir.resolve(entry.privateKeyFile());
        if (Path.of(entry.privateKeyFile()).isAbsolute()) {
            throw new IllegalStateException("the current log key was configured from outside the key folder;"
                    + " configure its PEM path again");
        }
        return new SigningKeyStore(dir, random, manifest, KeyFiles.load(entry.info(), privateFile));
    }

    /**
     * Opens the folder signing with the unencrypted PKCS#8 Ed25519 key in {@code privateKeyPem}. If
     * the folder's current key is another one, it is retired at {@code clock.instant()}.
     */
    public static SigningKeyStore openWithConfiguredKey(Path dir, String keyName, Path privateKeyPem, Clock clock)
            throws IOException {
        checkKeyName(keyName);
        NoteSigner signer = KeyFiles.readSigner(keyName, privateKeyPem);
        DurableFiles.createPrivateDirectory(dir);
        KeyManifest manifest = readManifest(dir);
        if (manifest != null && manifest.current().info().verifierKey().equals(signer.verifierKey())) {
            return new SigningKeyStore(
                    dir, null, manifest, new SigningKey(manifest.current().info(), signer));
        }
        Instant now = clock.instant();
        int number = manifest == null ? 1 : manifest.entries().size() + 1;
        PublicKeyInfo info = PublicKeyInfo.of(signer.publicKey(), now, null);
        String publicFile = KeyFiles.writePublicKey(dir, number, signer.publicKey());
        KeyManifest.Entry entry =
                new KeyManifest.Entry(info, privateKeyPem.toAbsolutePath().toString(), publicFile);
        manifest = manifest == null ? new KeyManifest(List.of(entry)) : manifest.rotatedTo(entry, now);
        writeManifest(dir, manifest);
        return new SigningKeyStore(dir, null, manifest, new SigningKey(info, signer));
    }

    /** The key that signs now. */
    public synchronized SigningKey current() {
        return current;
    }

    /** Every key, oldest first: retired ones with {@code validUntil}, then the current one. */
    public synchronized List<PublicKeyInfo> all() {
        return manifest.entries().stream().map(KeyManifest.Entry::info).toList();
    }

    /** A verifier trusting every key in {@link #all()}, current and retired. */
    public synchronized NoteVerifier verifier() {
        return NoteVerifier.of(all().stream().map(PublicKeyInfo::key).toList());
    }

    /**
     * Generates a new key under the current key's name that signs from {@code now} on; the current
     * key is retired with {@code validUntil = now}.
     *
     * @throws IllegalStateException when the store signs with a configured key (configure the new
     *     key instead) or {@code now} is before the current key's {@code validFrom}
     */
    public synchronized SigningKey rotate(Instant now) throws IOException {
        Objects.requireNonNull(now, "now");
        if (random == null) {
            throw new IllegalStateException("a configured key is rotated by configuring a new key");
        }
        if (now.isBefore(current.info().validFrom())) {
            throw new IllegalStateException("rotation time precedes the current key's validFrom");
        }
        KeyFiles.Generated next = KeyFiles.generate(dir, manifest.entries().size() + 1, current.keyName(), random, now);
        KeyManifest rotated = manifest.rotatedTo(next.entry(), now);
        writeManifest(dir, rotated);
        manifest = rotated;
        current = next.key();
        return current;
    }

    public Path directory() {
        return dir;
    }

    @Override
    public String toString() {
        return "SigningKeyStore[" + dir + "]";
    }

    private static KeyManifest readManifest(Path dir) throws IOException {
        Path file = dir.resolve(KeyManifest.FILE_NAME);
        return Files.exists(file) ? KeyManifest.parse(Files.readAllBytes(file)) : null;
    }

    private static void writeManifest(Path dir, KeyManifest manifest) throws IOException {
        DurableFiles.write(dir.resolve(KeyManifest.FILE_NAME), manifest.encode(), false);
    }

    private static void checkKeyName(String keyName) {
        if (!NoteSyntax.isValidKeyName(keyName)) {
            throw new IllegalArgumentException("key name must be non-empty, without spaces or '+'");
        }
    }
}
