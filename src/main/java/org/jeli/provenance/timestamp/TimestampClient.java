package org.jeli.provenance.timestamp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Asks one RFC 3161 authority for timestamps over HTTP: POSTs a DER TimeStampReq with {@code
 * Content-Type: application/timestamp-query}, accepts only HTTP 200, reads at most {@code
 * maxReplyBytes} (checked while reading, before any parsing), and parses the TimeStampResp.
 *
 * <p>The whole exchange — connect, send, wait, read — is bounded by {@code timeout}. Every way of
 * not getting a parseable reply throws {@link TimestampUnavailableException} (unchecked) with a
 * {@link TimestampUnavailableException.Reason}. The reply is <em>not</em> verified here: a refusal or
 * a bad token comes back as a {@link TimestampReply} for {@link TimestampVerifier}. Redirects are
 * not followed. Thread-safe.
 */
public final class TimestampClient {
    /** Default upper bound of a reply; real tokens with a certificate chain are a few KiB. */
    public static final int DEFAULT_MAX_REPLY_BYTES = 64 * 1024;

    /** Default bound of one exchange. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI authority;
    private final TimestampRequestFactory requests;
    private final Duration timeout;
    private final int maxReplyBytes;

    /** A client with its own {@link HttpClient}. */
    public TimestampClient(URI authority, TimestampRequestFactory requests, Duration timeout, int maxReplyBytes) {
        this(
                HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                authority,
                requests,
                timeout,
                maxReplyBytes);
    }

    public TimestampClient(
            HttpClient http, URI authority, TimestampRequestFactory requests, Duration timeout, int maxReplyBytes) {
        this.http = Objects.requireNonNull(http, "http");
        this.authority = Objects.requireNonNull(authority, "authority");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (maxReplyBytes < 1) {
            throw new IllegalArgumentException("maxReplyBytes must be positive");
        }
        this.maxReplyBytes = maxReplyBytes;
    }

    public URI authority() {
        return authority;
    }

    /** Requests a timestamp over {@code sha256Imprint} with a fresh nonce. */
    public TimestampReply timestamp(byte[] sha256Imprint) {
        return send(requests.create(sha256Imprint));
    }

    /** Sends {@code request} and returns the parsed, unverified reply. */
    public TimestampReply send(TimestampRequest request) {
        byte[] body = exchange(request.encoded());
        try {
            TimeStampResponse response = new TimeStampResponse(body);
            TimeStampToken token = response.getTimeStampToken();
            return new TimestampReply(request, body, response.getStatus(), token == null ? null : token.getEncoded());
        } catch (TSPException | IOException | RuntimeException e) {
            throw new TimestampUnavailableException(
                    TimestampUnavailableException.Reason.MALFORMED_REPLY,
                    "the timestamp authority's reply is not an RFC 3161 TimeStampResp",
                    e);
        }
    }

    private byte[] exchange(byte[] der) {
        HttpRequest post = HttpRequest.newBuilder(authority)
                .timeout(timeout)
                .header("Content-Type", "application/timestamp-query")
                .header("Accept", "application/timestamp-reply")
                .POST(HttpRequest.BodyPublishers.ofByteArray(der))
                .build();
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(
                post,
                info -> info.statusCode() == 200
                        ? new BoundedBodySubscriber(
                                maxReplyBytes,
                                info.headers()
                                        .firstValueAsLong("Content-Length")
                                        .orElse(-1))
                        : HttpResponse.BodySubscribers.replacing(null));
        HttpResponse<byte[]> response;
        try {
            response = pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw unavailable(TimestampUnavailableException.Reason.TIMEOUT, "no reply within " + timeout, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable(TimestampUnavailableException.Reason.INTERRUPTED, "interrupted", e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
        if (response.statusCode() != 200) {
            throw unavailable(
                    TimestampUnavailableException.Reason.HTTP_STATUS,
                    "the timestamp authority answered HTTP " + response.statusCode(),
                    null);
        }
        return response.body();
    }

    private TimestampUnavailableException translate(Throwable cause) {
        Throwable c = cause;
        while (c != null) {
            if (c instanceof TimestampUnavailableException known) {
                return known;
            }
            if (c instanceof HttpConnectTimeoutException) {
                return unavailable(TimestampUnavailableException.Reason.TIMEOUT, "connecting timed out", cause);
            }
            if (c instanceof HttpTimeoutException) {
                return unavailable(TimestampUnavailableException.Reason.TIMEOUT, "no reply within " + timeout, cause);
            }
            if (c instanceof ConnectException) {
                return unavailable(TimestampUnavailableException.Reason.UNREACHABLE, "cannot connect", cause);
            }
            c = c.getCause();
        }
        return unavailable(TimestampUnavailableException.Reason.UNREACHABLE, "the exchange failed", cause);
    }

    private TimestampUnavailableException unavailable(
            TimestampUnavailableException.Reason reason, String what, Throwable cause) {
        String where = authority.getScheme() + "://" + authority.getHost()
                + (authority.getPort() < 0 ? "" : ":" + authority.getPort());
        return new TimestampUnavailableException(reason, "timestamp authority " + where + ": " + what, cause);
    }
}
