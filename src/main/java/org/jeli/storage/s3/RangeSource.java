package org.jeli.storage.s3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.jeli.storage.crypto.CiphertextSource;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Stored bytes {@code [from, to)} of one object version, fetched by one ranged GET that is read
 * sequentially; a read at another position (never done by the decryptor) opens a new ranged GET.
 */
final class RangeSource implements CiphertextSource {
    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String versionId;
    private final long to;
    private ResponseInputStream<GetObjectResponse> body;
    private long at = -1;

    RangeSource(S3Client s3, String bucket, String key, String versionId, long to) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.versionId = versionId;
        this.to = to;
    }

    @Override
    public void readFully(ByteBuffer buffer, long position) throws IOException {
        if (position >= to) {
            return;
        }
        if (body == null || position != at) {
            reopen(position);
        }
        int want = (int) Math.min(buffer.remaining(), to - position);
        int off = buffer.arrayOffset() + buffer.position();
        int got = 0;
        while (got < want) {
            int n = body.read(buffer.array(), off + got, want - got);
            if (n < 0) {
                break;
            }
            got += n;
        }
        buffer.position(buffer.position() + got);
        at = position + got;
    }

    private void reopen(long position) throws IOException {
        close();
        try {
            body = s3.getObject(
                    b -> b.bucket(bucket).key(key).versionId(versionId).range("bytes=" + position + "-" + (to - 1)));
        } catch (SdkException e) {
            throw S3Failures.orIo(e, "read");
        }
        at = position;
    }

    @Override
    public void close() {
        InputStream open = body;
        body = null;
        if (open != null) {
            if (at < to) {
                body = null;
                ((ResponseInputStream<?>) open).abort(); // do not drain the rest of the range
            }
            try {
                open.close();
            } catch (IOException e) {
                // nothing to keep
            }
        }
    }
}
