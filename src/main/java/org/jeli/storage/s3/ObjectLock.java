package org.jeli.storage.s3;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectLockLegalHoldStatus;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;

/**
 * The bucket's Object Lock, as found at start: when it is enabled, each committed object gets a
 * retention ({@link S3Settings#retention()} until commit time plus {@link
 * S3Settings#retentionPeriod()}) and Jeli's legal holds are mirrored as S3 legal holds. A server
 * that does not implement Object Lock (S3Proxy, some Garage versions) is treated as a bucket without
 * it, said once in the log.
 */
final class ObjectLock {
    private static final System.Logger LOG = System.getLogger(ObjectLock.class.getName());

    private final boolean enabled;
    private final S3Settings settings;
    private final Clock clock;

    private ObjectLock(boolean enabled, S3Settings settings, Clock clock) {
        this.enabled = enabled;
        this.settings = settings;
        this.clock = clock;
    }

    /** Asks the bucket (GetObjectLockConfiguration) whether Object Lock is enabled. */
    static ObjectLock detect(S3Client s3, S3Settings settings, Clock clock) {
        boolean enabled;
        String why = "not enabled on the bucket";
        try {
            var config = s3.getObjectLockConfiguration(b -> b.bucket(settings.bucket()))
                    .objectLockConfiguration();
            enabled = config != null && "Enabled".equals(config.objectLockEnabledAsString());
        } catch (SdkException e) {
            // ObjectLockConfigurationNotFoundError (a bucket without it), NotImplemented, or a
            // server that answers something else entirely: no retention can be set either way.
            enabled = false;
            why = S3Failures.describe(e);
        }
        if (!enabled) {
            LOG.log(Level.INFO, "storage.s3: no Object Lock ({0}); objects get no retention or legal holds", why);
        } else {
            LOG.log(
                    Level.INFO,
                    "storage.s3: Object Lock enabled; committed objects get {0} retention for {1}",
                    settings.retention(),
                    settings.retentionPeriod());
        }
        return new ObjectLock(enabled, settings, clock);
    }

    boolean enabled() {
        return enabled;
    }

    /** Whether committed objects get a retention: Object Lock on and a mode other than none. */
    boolean retains() {
        return enabled && settings.retention() != S3Settings.Retention.NONE;
    }

    ObjectLockMode mode() {
        return settings.retention() == S3Settings.Retention.COMPLIANCE
                ? ObjectLockMode.COMPLIANCE
                : ObjectLockMode.GOVERNANCE;
    }

    /** The retain-until date of an object committed now. */
    Instant retainUntil() {
        return clock.instant().plus(settings.retentionPeriod());
    }

    static ObjectLockLegalHoldStatus status(boolean on) {
        return on ? ObjectLockLegalHoldStatus.ON : ObjectLockLegalHoldStatus.OFF;
    }
}
