package org.jeli.storage.s3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.SecretKey;
import org.jeli.common.Digest;
import org.jeli.storage.BlobStore;
import org.jeli.storage.DataKeyMissingException;
import org.jeli.storage.StagedBlob;
import org.jeli.storage.crypto.DecryptingInputStream;
import org.jeli.storage.crypto.SegmentedAead;
import org.jeli.storage.filesystem.BlobNames;
import org.jeli.storage.filesystem.DataKeys;
import org.jeli.storage.filesystem.Encryption;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Stores blobs in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, Garage): staged as {@code
 * tmp/<random>} by a streaming (multipart) upload, published by a server-side copy to {@code
 * objects/aa/bb/<name>.enc}, where the name is the same keyed hash of the SHA-256 as in the
 * filesystem store (ADR 0002) and the bytes are the same segmented AES-256-GCM format under a data
 * key of their own, kept in the local key store (ADR 0013) — never in the bucket, so destroying it
 * shreds the blob even where Object Lock forbids deleting the object (ADR 0015). Always encrypted.
 *
 * <p>Reads fetch the 20-byte header (which also gives the object's size), then exactly the
 * ciphertext ranges the requested plaintext range needs, pinned to the version first read. Safe for
 * concurrent use.
 */
public final class S3BlobStore implements BlobStore {
    static final String OBJECTS_PREFIX = "objects/";
    private static final String PROBE = S3StagingWriter.STAGING_PREFIX + "write-probe-";

    private final S3Client s3;
    private final S3Settings settings;
    private final BlobNames names;
    private final DataKeys keys;
    private final S3StagingWriter writer;
    private final ObjectLock lock;
    private final ServerSideCopy copy;
    private final LongAdder segmentsDecrypted = new LongAdder();
    private final Path commitLocks;
    private final Clock clock;

    /**
     * Opens the store on an existing bucket: checks that it is reachable, asks whether it has Object
     * Lock, and removes staging leftovers older than a day (crashed uploads of any instance).
     *
     * @param commitLocks a folder shared by every instance using this bucket (beside the key store,
     *     which they share anyway), where commits of the same content take turns ({@link CommitLock})
     */
    public S3BlobStore(
            S3Client s3, S3Settings settings, byte[] nameKey, Encryption encryption, Path commitLocks, Clock clock)
            throws IOException {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.settings = settings;
        this.commitLocks = Objects.requireNonNull(commitLocks, "commitLocks");
        this.clock = clock;
        this.names = new BlobNames(nameKey);
        this.keys = Objects.requireNonNull(encryption, "the S3 store always encrypts")
                .keys();
        this.writer = new S3StagingWriter(s3, settings, encryption);
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
        } catch (SdkException e) {
            throw S3Failures.orIo(e, "bucket check");
        }
        this.lock = ObjectLock.detect(s3, settings, clock);
        this.copy = new ServerSideCopy(s3, settings, lock);
        new StagingSweep(s3, settings.bucket(), clock).run();
    }

    @Override
    public StagedBlob stage(InputStream content, long maxBytes) throws IOException {
        return new S3StagedBlob(writer.write(content, maxBytes), this);
    }

    @Override
    public boolean contains(Digest sha256) throws IOException {
        return containsName(nameOf(sha256));
    }

    @Override
    public long size(Digest sha256) throws IOException {
        return ObjectHead.of(s3, settings.bucket(), objectKey(nameOf(sha256)))
                .layout()
                .plaintextSize();
    }

    @Override
    public InputStream open(Digest sha256, long offset, long length) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        String name = nameOf(sha256);
        ObjectHead head = ObjectHead.of(s3, settings.bucket(), objectKey(name));
        SegmentedAead.Layout layout = head.layout();
        if (offset > layout.plaintextSize()) {
            throw new IllegalArgumentException("offset is beyond the end of the blob");
        }
        SecretKey key = keys.get(name).orElseThrow(DataKeyMissingException::new);
        long[] range = DecryptingInputStream.ciphertextRangeFor(layout, offset, length);
        RangeSource source = new RangeSource(s3, settings.bucket(), objectKey(name), head.versionId(), range[1]);
        try {
            return new DecryptingInputStream(source, key, layout, offset, length, segmentsDecrypted);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** Never: objects are remote and encrypted; parsers get a decrypted scratch copy. */
    @Override
    public Optional<Path> localFile(Digest sha256) {
        return Optional.empty();
    }

    /**
     * Crypto-shredding: destroys the data key (the ciphertext is noise from then on, in the bucket,
     * in its old versions and in every replica), then deletes the object. Under Object Lock the
     * delete only adds a delete marker and the locked version stays until its retention ends.
     */
    @Override
    public void destroy(Digest sha256) throws IOException {
        String name = nameOf(sha256);
        keys.destroy(name);
        try {
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(objectKey(name)));
        } catch (SdkException e) {
            throw S3Failures.orIo(e, "delete");
        }
    }

    /** Sets or clears the S3 legal hold of the blob's object, when the bucket has Object Lock. */
    @Override
    public void legalHold(Digest sha256, boolean on) throws IOException {
        if (!lock.enabled()) {
            return;
        }
        String key = objectKey(nameOf(sha256));
        try {
            s3.putObjectLegalHold(
                    b -> b.bucket(settings.bucket()).key(key).legalHold(h -> h.status(ObjectLock.status(on))));
        } catch (S3Exception e) {
            if (!S3Failures.isNotFound(e)) {
                throw S3Failures.orIo(e, "legal hold");
            }
        } catch (SdkException e) {
            throw S3Failures.orIo(e, "legal hold");
        }
    }

    /** Whether the bucket has Object Lock (committed objects then get a retention). */
    public boolean objectLockEnabled() {
        return lock.enabled();
    }

    /** How many segments reads have decrypted since this store was opened (metrics, tests). */
    public long segmentsDecrypted() {
        return segmentsDecrypted.sum();
    }

    /** Writes and deletes a small object under {@code tmp/}. */
    @Override
    public void checkWritable() throws IOException {
        String key = PROBE + UUID.randomUUID();
        String version;
        try {
            version = s3.putObject(
                            b -> b.bucket(settings.bucket()).key(key),
                            RequestBody.fromBytes("ok".getBytes(StandardCharsets.US_ASCII)))
                    .versionId();
        } catch (SdkException e) {
            throw S3Failures.orIo(e, "write probe");
        }
        deleteStaging(key, version);
    }

    String nameOf(Digest sha256) {
        return names.nameOf(sha256);
    }

    /** {@code objects/aa/bb/<name>.enc}, as under the filesystem store's root. */
    static String objectKey(String name) {
        return OBJECTS_PREFIX + name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name + ".enc";
    }

    boolean containsName(String name) throws IOException {
        try {
            s3.headObject(b -> b.bucket(settings.bucket()).key(objectKey(name)));
            return true;
        } catch (S3Exception e) {
            if (S3Failures.isNotFound(e)) {
                return false;
            }
            throw S3Failures.orIo(e, "lookup");
        } catch (SdkException e) {
            throw S3Failures.orIo(e, "lookup");
        }
    }

    CommitLock commitLock(String name) throws IOException {
        return CommitLock.acquire(commitLocks, name, clock);
    }

    DataKeys keys() {
        return keys;
    }

    ServerSideCopy copy() {
        return copy;
    }

    /** Deletes a staging object (that very version, so a versioned bucket keeps no copy). Never throws. */
    void deleteStaging(String key, String versionId) {
        try {
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(key).versionId(versionId));
        } catch (SdkException e) {
            // left for the start-up sweep of tmp/ (or a lifecycle rule); never acknowledged
        }
    }
}
