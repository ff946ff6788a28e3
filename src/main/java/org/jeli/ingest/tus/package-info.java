/**
 * Resumable uploads, tus 1.0.0 (core, creation, creation-with-upload, termination, checksum with
 * sha256, expiration).
 *
 * <p>Invariants: an acknowledged offset is durable (the part bytes are fsynced before the offset is
 * recorded in PostgreSQL, and bytes past the recorded offset are discarded on the next request);
 * part bytes are encrypted at rest with a key per upload and readable only by the archive's user; a
 * completed upload goes through exactly the same {@link org.jeli.ingest.IngestService} as a
 * multipart upload, which hashes the bytes again while storing them; an upload belongs to its
 * creator and is invisible to everyone else. Allowed dependencies: common, storage, access,
 * provenance, ingest.
 */
package org.jeli.ingest.tus;
