package org.jeli.limits;

import java.time.Clock;
import java.time.Duration;
import org.jeli.limits.ConcurrencyLimiter.Permit;

/**
 * The limits the API applies, one method per kind of request, so that applying one is one line:
 *
 * <pre>{@code
 * try (var permit = limits.startImport(user.id())) {
 *     ... the import ...
 * }
 * }</pre>
 *
 * Content reads are not limited here: a viewer seeking through a video sends many range requests.
 */
public final class RequestLimits {
    private final RateLimiter logins;
    private final RateLimiter tokens;
    private final RateLimiter uploadRate;
    private final ConcurrencyLimiter uploads;
    private final ConcurrencyLimiter imports;

    public RequestLimits(Settings settings, Clock clock) {
        this.logins = new RateLimiter(settings.logins(), clock, settings.trackedKeys());
        this.tokens = new RateLimiter(settings.tokens(), clock, settings.trackedKeys());
        this.uploadRate = new RateLimiter(settings.uploads(), clock, settings.trackedKeys());
        this.uploads = new ConcurrencyLimiter(
                "uploads", settings.uploadsPerUser(), settings.uploadsTotal(), settings.busyRetryAfter());
        this.imports = new ConcurrencyLimiter(
                "imports", settings.importsPerUser(), settings.importsTotal(), settings.busyRetryAfter());
    }

    /** A request carrying a password (HTTP Basic or the login form), from this client address. */
    public void passwordAttempt(String address) {
        logins.acquire(address, "too many password logins from this address");
    }

    /** A request carrying an API token, from this client address. */
    public void tokenUse(String address) {
        tokens.acquire(address, "too many requests with API tokens from this address");
    }

    /** A new upload ({@code POST /api/items}, tus creation): counted against the rate and running uploads. */
    public Permit startUpload(long userId) {
        Permit permit = uploads.acquire(key(userId));
        try {
            uploadRate.acquire(key(userId), "too many uploads started by this user");
            return permit;
        } catch (TooManyRequestsException e) {
            permit.close();
            throw e;
        }
    }

    /** More bytes of an upload already started (a tus {@code PATCH}): counted against running uploads only. */
    public Permit continueUpload(long userId) {
        return uploads.acquire(key(userId));
    }

    /** A chat-export import: counted against running imports and the upload rate. */
    public Permit startImport(long userId) {
        Permit permit = imports.acquire(key(userId));
        try {
            uploadRate.acquire(key(userId), "too many uploads started by this user");
            return permit;
        } catch (TooManyRequestsException e) {
            permit.close();
            throw e;
        }
    }

    /** Uploads this user is running now. */
    public int uploadsRunning(long userId) {
        return uploads.running(key(userId));
    }

    private static String key(long userId) {
        return "user:" + userId;
    }

    /**
     * @param logins password logins per client address
     * @param tokens requests with API tokens per client address
     * @param uploads uploads (and imports) started per user
     * @param uploadsPerUser uploads one user may run at once (0 = no limit)
     * @param uploadsTotal uploads running at once in this instance (0 = no limit)
     * @param importsPerUser imports one user may run at once (0 = no limit)
     * @param importsTotal imports running at once in this instance (0 = no limit)
     * @param busyRetryAfter the {@code Retry-After} of a refusal for concurrency
     * @param trackedKeys most users or addresses remembered per rate
     */
    public record Settings(
            Rate logins,
            Rate tokens,
            Rate uploads,
            int uploadsPerUser,
            int uploadsTotal,
            int importsPerUser,
            int importsTotal,
            Duration busyRetryAfter,
            int trackedKeys) {}
}
