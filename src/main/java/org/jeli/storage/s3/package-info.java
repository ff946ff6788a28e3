/**
 * The S3-compatible adapter of {@link org.jeli.storage.BlobStore}: {@link
 * org.jeli.storage.s3.S3BlobStore}, over the AWS SDK for Java v2 (AWS S3, MinIO, Ceph RGW, Garage).
 *
 * <p>Bucket layout: {@code tmp/<random>} holds staged objects (older than a day at start-up: crashed
 * uploads, removed); {@code objects/aa/bb/<name>.enc} holds published objects, {@code name} being the
 * keyed hash of the SHA-256 (ADR 0002) and the bytes the segmented AES-256-GCM format (ADR 0013),
 * with the wrapped data key in the local key store, never in the bucket (ADR 0015).
 *
 * <p>Invariants: bytes are hashed (SHA-256 and SHA-512) in the same pass that uploads them; memory
 * per upload is one part buffer and a few segment buffers; an object is complete before it is
 * published (server-side copy of a completed upload), and its data key is durable before that;
 * with Object Lock the retention is set by the request that creates the object; every failure
 * aborts or deletes the staging object. Allowed dependencies: common, storage, the AWS SDK, JDK. No
 * CDI here; the producer lives in {@code storage.quarkus}.
 */
package org.jeli.storage.s3;
