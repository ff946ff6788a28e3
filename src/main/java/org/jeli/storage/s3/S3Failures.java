package org.jeli.storage.s3;

import java.io.IOException;
import org.jeli.storage.StorageFullException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns the SDK's unchecked failures into the port's: an {@link IOException}, or a full store. */
final class S3Failures {
    private S3Failures() {}

    static RuntimeException orIo(SdkException e, String what) throws IOException {
        if (e instanceof S3Exception s3 && isFull(s3)) {
            throw new StorageFullException(e);
        }
        throw new IOException("S3 " + what + " failed (" + describe(e) + ")", e);
    }

    static String describe(SdkException e) {
        if (e instanceof S3Exception s3) {
            String code =
                    s3.awsErrorDetails() == null ? null : s3.awsErrorDetails().errorCode();
            return "HTTP " + s3.statusCode() + (code == null ? "" : " " + code);
        }
        return e.getClass().getSimpleName();
    }

    static boolean isNotFound(S3Exception e) {
        return e.statusCode() == 404;
    }

    private static boolean isFull(S3Exception e) {
        String code = e.awsErrorDetails() == null
                ? ""
                : String.valueOf(e.awsErrorDetails().errorCode());
        return e.statusCode() == 507 || code.equals("XMinioStorageFull") || code.equals("QuotaExceeded");
    }
}
