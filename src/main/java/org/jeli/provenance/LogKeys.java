package org.jeli.provenance;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.checkpoint.NoteVerification;
import org.jeli.provenance.checkpoint.PublicKeyInfo;
import org.jeli.provenance.checkpoint.SigningKey;
import org.jeli.provenance.checkpoint.SigningKeyStore;

/**
 * The checkpoint signing keys: generated into the data directory at first start (or loaded from a
 * configured PEM file), rotated on request. The key name is the log's origin. Private keys never
 * leave the key store: not to the database, logs or responses.
 */
@ApplicationScoped
public class LogKeys {
    private final LogConfig config;
    private final LogOrigin origin;
    private final SecureRandom random;
    private final Clock clock;
    private final LogAppender appender;
    private volatile SigningKeyStore store;

    public LogKeys(LogConfig config, LogOrigin origin, SecureRandom random, Clock clock, LogAppender appender) {
        this.config = config;
        this.origin = origin;
        this.random = random;
        this.clock = clock;
        this.appender = appender;
    }

    /** A signed note and the ID of the key that signed it. */
    public record Signature(String signedNote, String keyId) {}

    public String origin() {
        return origin.get();
    }

    public Signature sign(String noteText) {
        SigningKey key = store().current();
        return new Signature(key.sign(noteText), key.keyIdHex());
    }

    /** Whether {@code signedNote} carries a valid signature by one of our keys over exactly {@code expectedText}. */
    public boolean verifies(String signedNote, String expectedText) {
        NoteVerification v = store().verifier().verify(signedNote);
        return v.isValid() && v.noteText().equals(expectedText);
    }

    /** Current and retired public keys with their validity. */
    public List<PublicKeyInfo> all() {
        return store().all();
    }

    /** Makes a new key sign from now on; the old one stays published as retired. Logged. */
    public PublicKeyInfo rotate(String actor) {
        try {
            SigningKey previous = store().current();
            SigningKey next = store().rotate(clock.instant());
            appender.append(new EntryDraft(
                    "key.rotated",
                    actor,
                    "log",
                    Map.of(
                            "previousKeyId",
                            previous.keyIdHex(),
                            "keyId",
                            next.keyIdHex(),
                            "verifierKey",
                            next.verifierKey())));
            return next.info();
        } catch (IOException e) {
            throw new UncheckedIOException("rotating the signing key failed", e);
        }
    }

    private SigningKeyStore store() {
        SigningKeyStore s = store;
        if (s == null) {
            synchronized (this) {
                if (store == null) {
                    store = open();
                }
                s = store;
            }
        }
        return s;
    }

    private SigningKeyStore open() {
        try {
            if (config.signingKeyFile().isPresent()) {
                return SigningKeyStore.openWithConfiguredKey(
                        config.keyDirectory(),
                        origin.get(),
                        config.signingKeyFile().get(),
                        clock);
            }
            return SigningKeyStore.open(config.keyDirectory(), origin.get(), random, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("the signing keys could not be opened", e);
        }
    }
}
