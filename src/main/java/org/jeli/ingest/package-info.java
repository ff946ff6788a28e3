/**
 * Ingest: accepts uploads and orchestrates storage, then the record in the database, then metadata
 * extraction in the background.
 *
 * <p>Invariants: preserve first, analyse second — bytes are durably stored and recorded before any
 * parser reads them, and a parser failure never loses an upload; the same bytes are one blob and
 * several submissions; claims are kept beside extracted facts, never merged into them; bytes that
 * name a commitment are verified against it before they are published (resumable uploads live in
 * {@code ingest.tus} and end in the same {@link org.jeli.ingest.IngestService}). Allowed
 * dependencies: common, storage, metadata, access (and provenance once the log exists).
 */
package org.jeli.ingest;
