package org.jeli.provenance;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jeli.provenance.checkpoint.NoteVerification;
import org.jeli.provenance.checkpoint.PublicKeyInfo;
import org.jeli.provenance.checkpoint.SigningKey;
import org.jeli.provenance.checkpoint.SigningKeyStore;
import org.jeli.provenance.entry.CanonicalJson;
import org.jeli.provenance.jdbc.AdvisoryLock;
import org.jeli.provenance.jdbc.JdbcLogStore;

/**
 * The checkpoint signing keys: generated into the data directory at first start (or loaded from a
 * configured PEM file), rotated on request. The key name is the log's origin. Private keys never
 * leave the key store: not to the database, logs or responses.
 *
 * <p>Several instances share one key folder (a shared volume) or one configured PEM file. Opening,
 * rotating and announcing keys take a PostgreSQL advisory lock, so two instances starting together
 * never generate two first keys; an instance whose folder's {@code keys.properties} changed (another
 * instance rotated) reopens it before signing or verifying, so it signs with the current key.
 */
@ApplicationScoped
public class LogKeys implements CheckpointKeys {
    private final LogConfig config;
    private final LogOrigin origin;
    private final SecureRandom random;
    private final Clock clock;
    private final LogAppender appender;
    private final DataSource dataSource;
    private final JdbcLogStore log;
    private volatile SigningKeyStore store;
    private volatile FileTime manifestSeen;

    public LogKeys(
            LogConfig config,
            LogOrigin origin,
            SecureRandom random,
            Clock clock,
            LogAppender appender,
            DataSource dataSource,
            JdbcLogStore log) {
        this.config = config;
        this.origin = origin;
        this.random = random;
        this.clock = clock;
        this.appender = appender;
        this.dataSource = dataSource;
        this.log = log;
    }

    /**
     * At start, a signing key that the log has not yet announced (the first key, a configured key,
     * or one rotated with the offline command while the service was stopped) gets a
     * {@code key.activated} entry, so every key that ever signed is itself on the record.
     */
    void onStart(@Observes StartupEvent event) throws SQLException {
        SigningKey current = store().current();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                AdvisoryLock.forTransaction(c, AdvisoryLock.SIGNING_KEYS);
                for (var e : log.entriesAbout(c, "log")) {
                    Object payload = ((Map<?, ?>) CanonicalJson.decode(e.bytes())).get("payload");
                    if (payload instanceof Map<?, ?> m && current.keyIdHex().equals(m.get("keyId"))) {
                        c.rollback();
                        return;
                    }
                }
                log.append(
                        c,
                        List.of(new EntryDraft(
                                "key.activated",
                                "system",
                                "log",
                                Map.of(
                                        "keyId", current.keyIdHex(),
                                        "verifierKey", current.verifierKey(),
                                        "validFrom", current.info().validFrom().toString()))));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** A signed note and the ID of the key that signed it. */
    public record Signature(String signedNote, String keyId) {}

    @Override
    public String origin() {
        return origin.get();
    }

    public Signature sign(String noteText) {
        SigningKey key = store().current();
        return new Signature(key.sign(noteText), key.keyIdHex());
    }

    /** Whether {@code signedNote} carries a valid signature by one of our keys over exactly {@code expectedText}. */
    @Override
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
            SigningKey previous;
            SigningKey next;
            synchronized (this) {
                try (AdvisoryLock lock = AdvisoryLock.hold(dataSource, AdvisoryLock.SIGNING_KEYS)) {
                    if (store == null || changedElsewhere()) {
                        store = openLocked();
                    }
                    previous = store.current();
                    next = store.rotate(clock.instant());
                    manifestSeen = manifestTime();
                }
            }
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
        if (s == null || changedElsewhere()) {
            synchronized (this) {
                if (store == null || changedElsewhere()) {
                    store = open();
                }
                s = store;
            }
        }
        return s;
    }

    /** Whether another instance rotated the generated keys of a shared folder since we read it. */
    private boolean changedElsewhere() {
        if (config.signingKeyFile().isPresent()) {
            return false;
        }
        FileTime seen = manifestSeen;
        return seen != null && !seen.equals(manifestTime());
    }

    private FileTime manifestTime() {
        try {
            Path manifest = config.keyDirectory().resolve("keys.properties");
            return Files.exists(manifest) ? Files.getLastModifiedTime(manifest) : FileTime.fromMillis(0);
        } catch (IOException e) {
            throw new UncheckedIOException("the signing key list could not be read", e);
        }
    }

    private SigningKeyStore open() {
        try (AdvisoryLock lock = AdvisoryLock.hold(dataSource, AdvisoryLock.SIGNING_KEYS)) {
            SigningKeyStore opened = openLocked();
            manifestSeen = manifestTime();
            return opened;
        }
    }

    private SigningKeyStore openLocked() {
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
