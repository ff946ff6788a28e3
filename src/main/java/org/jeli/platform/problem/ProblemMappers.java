package org.jeli.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jeli.access.AccessDeniedException;
import org.jeli.access.CollectionNotFoundException;
import org.jeli.access.ConflictException;
import org.jeli.access.SecondFactorEnrolmentRequiredException;
import org.jeli.access.TokenNotFoundException;
import org.jeli.access.quarkus.CsrfRejectedException;
import org.jeli.access.quarkus.PasswordIdentityProvider;
import org.jeli.access.quarkus.SecondFactorEnrolmentFilter;
import org.jeli.access.quarkus.SecondFactorRequiredException;
import org.jeli.access.quarkus.WebSessions;
import org.jeli.common.InvalidFieldException;
import org.jeli.ingest.CommitmentMismatchException;
import org.jeli.ingest.CommitmentNotFoundException;
import org.jeli.ingest.ItemGoneException;
import org.jeli.ingest.ItemNotFoundException;
import org.jeli.ingest.MissingFileException;
import org.jeli.ingest.Tombstone;
import org.jeli.ingest.tus.TusException;
import org.jeli.ingest.tus.UploadNotFoundException;
import org.jeli.ingest.web.ByteRange;
import org.jeli.ingest.web.multipart.MalformedMultipartException;
import org.jeli.ingest.web.multipart.MultipartLimitException;
import org.jeli.limits.TooManyRequestsException;
import org.jeli.provenance.InvalidProofRequestException;
import org.jeli.provenance.LogUnavailableException;
import org.jeli.storage.BlobIntegrityException;
import org.jeli.storage.BlobTooLargeException;
import org.jeli.storage.StorageFullException;
import org.jeli.takedown.LegalHoldException;
import org.jeli.takedown.TakedownNotFoundException;

/** One mapper per failure the API treats differently; every answer is problem+json. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String LOGIN_ERROR_PAGE = "/login-error";
    private static final String LOGIN_PAGE = "/login";

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e) {
        return Problem.of(400, "invalid-field", "A field is missing or invalid")
                .detail(e.getMessage())
                .with("field", e.field())
                .response();
    }

    @ServerExceptionMapper
    public Response missingFile(MissingFileException e) {
        return Problem.of(400, "missing-file", "No file in the upload")
                .detail("Send the bytes in a multipart part named 'file'.")
                .response();
    }

    @ServerExceptionMapper
    public Response malformedMultipart(MalformedMultipartException e) {
        return Problem.of(400, "malformed-multipart", "The multipart body is malformed")
                .detail(e.getMessage())
                .response();
    }

    @ServerExceptionMapper
    public Response multipartLimit(MultipartLimitException e) {
        return Problem.of(400, "multipart-limit", "The multipart body exceeds a limit")
                .detail(e.getMessage())
                .response();
    }

    @ServerExceptionMapper
    public Response tooLarge(BlobTooLargeException e) {
        return Problem.of(413, "too-large", "The upload is too large")
                .detail("The upload exceeds the archive's size limit; nothing was stored.")
                .response();
    }

    @ServerExceptionMapper
    public Response storageFull(StorageFullException e) {
        LOG.error("blob storage is full; an upload was refused and removed");
        return Problem.of(507, "storage-full", "The archive's storage is full")
                .detail("Nothing was stored. Try again later; the administrators have been alerted.")
                .response();
    }

    @ServerExceptionMapper
    public Response blobIntegrity(BlobIntegrityException e) {
        LOG.errorf("stored content failed its integrity check and was not served: %s", e.getMessage());
        return Problem.of(500, "stored-content-damaged", "The stored content failed its integrity check")
                .detail("No byte of it was sent. The administrators must restore it from a replica or backup.")
                .response();
    }

    @ServerExceptionMapper
    public Response importNotFound(org.jeli.ingest.chat.ImportNotFoundException e) {
        return Problem.of(404, "import-not-found", "No such import").response();
    }

    @ServerExceptionMapper
    public Response importRefused(org.jeli.ingest.chat.ImportRefusedException e) {
        return Problem.of(422, e.reason().code(), "The chat export was refused")
                .detail(e.reason().safeMessage() + " The uploaded file is preserved as an item.")
                .with("importId", e.importId().toString())
                .with("exportItem", e.exportItemId().toString())
                .response();
    }

    @ServerExceptionMapper
    public Response chatRefused(org.jeli.chat.ChatImportRefusedException e) {
        return Problem.of(422, e.reason().code(), "The chat export was refused")
                .detail(e.reason().safeMessage())
                .response();
    }

    @ServerExceptionMapper
    public Response notFound(ItemNotFoundException e) {
        return Problem.of(404, "item-not-found", "No such item").response();
    }

    @ServerExceptionMapper
    public Response gone(ItemGoneException e) {
        Tombstone t = e.tombstone();
        return Problem.of(410, "item-taken-down", "The item was taken down")
                .detail("Its content was destroyed; its log entries remain and prove it existed.")
                .with("takenDownAt", t.takenDownAt().toString())
                .with("requestedBy", t.requestedBy())
                .with("approvedBy", t.approvedBy())
                .with("reason", t.reason())
                .response();
    }

    @ServerExceptionMapper
    public Response legalHold(LegalHoldException e) {
        return Problem.of(409, "legal-hold", "A legal hold blocks this")
                .detail(e.getMessage())
                .response();
    }

    @ServerExceptionMapper
    public Response takedownNotFound(TakedownNotFoundException e) {
        return Problem.of(404, "takedown-not-found", "No such takedown request or legal hold")
                .detail(e.getMessage())
                .response();
    }

    // --- resumable uploads (tus) and commitments -------------------------------------------------

    @ServerExceptionMapper
    public Response tus(TusException e) {
        return Problem.of(e.status(), e.code(), e.title())
                .detail(e.getMessage())
                .builder()
                .header("Tus-Resumable", "1.0.0")
                .header("Tus-Version", "1.0.0")
                .build();
    }

    @ServerExceptionMapper
    public Response uploadNotFound(UploadNotFoundException e) {
        return Problem.of(404, "upload-not-found", "No such upload")
                .builder()
                .header("Tus-Resumable", "1.0.0")
                .build();
    }

    @ServerExceptionMapper
    public Response commitmentNotFound(CommitmentNotFoundException e) {
        return Problem.of(404, "commitment-not-found", "No such commitment").response();
    }

    @ServerExceptionMapper
    public Response commitmentMismatch(CommitmentMismatchException e) {
        return Problem.of(409, "commitment-mismatch", "The bytes do not match the commitment")
                .detail("Nothing was stored as an item; the refused attempt is in the log.")
                .with("commitment", e.commitment().id().toString())
                .with(
                        "expected",
                        java.util.Map.of(
                                "sha256",
                                e.commitment().sha256().hex(),
                                "size",
                                e.commitment().size()))
                .with("received", java.util.Map.of("sha256", e.actualSha256().hex(), "size", e.actualSize()))
                .with("logIndex", e.logIndex())
                .builder()
                .header("Tus-Resumable", "1.0.0")
                .build();
    }

    @ServerExceptionMapper
    public Response collectionNotFound(CollectionNotFoundException e) {
        return Problem.of(404, "collection-not-found", "No such collection").response();
    }

    @ServerExceptionMapper
    public Response noDerivative(org.jeli.viewer.NoDerivativeException e) {
        return Problem.of(404, "no-derivative", "No thumbnail or preview for this item")
                .detail(e.reason())
                .response();
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e) {
        return Problem.of(403, "forbidden", "Not allowed")
                .detail(e.getMessage())
                .response();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return Problem.of(409, "conflict", "Already exists")
                .detail(e.getMessage())
                .response();
    }

    @ServerExceptionMapper
    public Response tokenNotFound(TokenNotFoundException e) {
        return Problem.of(404, "token-not-found", "No such token").response();
    }

    @ServerExceptionMapper
    public Response unsatisfiable(ByteRange.UnsatisfiableException e) {
        return Problem.of(416, "range-not-satisfiable", "The requested range is outside the content")
                .builder()
                .header("Content-Range", "bytes */" + e.size())
                .build();
    }

    @ServerExceptionMapper
    public Response invalidProofRequest(InvalidProofRequestException e) {
        return Problem.of(400, "invalid-proof-request", "The log cannot prove that")
                .detail(e.getMessage())
                .response();
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequestsException e) {
        return Problem.of(429, "too-many-requests", "Too many requests")
                .detail(e.getMessage())
                .with("retryAfter", e.retryAfterSeconds())
                .builder()
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public Response logUnavailable(LogUnavailableException e) {
        if (DatabaseFailures.isUnavailable(e)) {
            return databaseUnavailable();
        }
        LOG.errorf(
                "the provenance log is unavailable: %s",
                e.getCause() == null ? "" : e.getCause().getClass().getSimpleName());
        return Problem.of(503, "log-unavailable", "The provenance log is unavailable")
                .detail("Nothing was recorded. Try again shortly.")
                .builder()
                .header("Retry-After", "5")
                .build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, HttpServerRequest request) {
        if (request != null
                && request.method() == HttpMethod.POST
                && PasswordIdentityProvider.FORM_LOGIN.equals(request.path())) {
            // A failed web login (wrong password, locked, missing or wrong code): the error page.
            return Response.status(302)
                    .location(URI.create(LOGIN_ERROR_PAGE))
                    .header("Cache-Control", "no-store")
                    .build();
        }
        if (request != null && isPageRead(request)) {
            // A browser asking for a page: the login page, not a Basic challenge.
            return Response.status(302)
                    .location(URI.create(LOGIN_PAGE))
                    .header("Cache-Control", "no-store")
                    .build();
        }
        return Problem.of(401, "unauthenticated", "Authentication required")
                .builder()
                .header("WWW-Authenticate", "Basic realm=\"Jeli\", charset=\"UTF-8\"")
                .build();
    }

    /** A GET or HEAD of a web page (not the API, not Quarkus's own endpoints). */
    private static boolean isPageRead(HttpServerRequest request) {
        String path = request.path() == null ? "" : request.path();
        return (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)
                && !path.startsWith("/api/")
                && !path.startsWith("/q/");
    }

    @ServerExceptionMapper
    public Response csrfRejected(CsrfRejectedException e) {
        return Problem.of(403, "csrf-rejected", "Missing or wrong CSRF token")
                .detail("Requests of a web session that change state must carry the value of the "
                        + WebSessions.CSRF_COOKIE + " cookie in " + WebSessions.CSRF_HEADER + ".")
                .response();
    }

    @ServerExceptionMapper
    public Response secondFactorRequired(SecondFactorRequiredException e) {
        return Problem.of(401, "second-factor-required", "A second factor is required")
                .detail("Send the authenticator's current code, or an unused recovery code, in "
                        + PasswordIdentityProvider.OTP_HEADER + ".")
                .builder()
                .header("WWW-Authenticate", "Basic realm=\"Jeli\", charset=\"UTF-8\"")
                .header(PasswordIdentityProvider.OTP_HEADER, "required")
                .build();
    }

    @ServerExceptionMapper
    public Response secondFactorEnrolmentRequired(SecondFactorEnrolmentRequiredException e, HttpServerRequest request) {
        if (request != null && isPageRead(request)) {
            // A browser asking for a page: the enrolment page, not a JSON refusal.
            return Response.status(302)
                    .location(URI.create(SecondFactorEnrolmentFilter.ENROLMENT_PAGE))
                    .header("Cache-Control", "no-store")
                    .build();
        }
        return Problem.of(403, "second-factor-enrolment-required", "A second factor must be enrolled first")
                .detail(e.getMessage())
                .response();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(403, "forbidden", "Not allowed").response();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String code = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            case 413 -> "too-large";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Problem.of(status, code, title).response();
    }

    static Response databaseUnavailable() {
        LOG.error("the database is unavailable; a request was refused");
        return Problem.of(503, "database-unavailable", "The database is unavailable")
                .detail("Nothing was changed. Try again shortly.")
                .builder()
                .header("Retry-After", Long.toString(DatabaseFailures.RETRY_AFTER_SECONDS))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (DatabaseFailures.isUnavailable(e)) {
            return databaseUnavailable();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return Problem.of(500, "internal-error", "Internal error")
                .detail("The request failed; quote the incident id to an administrator.")
                .with("incident", incident)
                .response();
    }
}
