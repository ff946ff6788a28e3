/**
 * The Apache Tika side of metadata extraction. Runs only in parse-worker processes ({@link
 * org.jeli.metadata.tika.ParseWorkerMain}), never in the service: the service talks to it through
 * {@code org.jeli.metadata.process} (ADR 0017; an ArchUnit rule keeps it so). {@link
 * org.jeli.metadata.tika.TikaMetadataExtractor} is the in-process form, for tests and benchmarks.
 *
 * <p>Purpose: read what a stored file says about itself (type, capture time, place, device,
 * duration, dimensions, codecs, pages, text) and normalise it into {@link
 * org.jeli.metadata.NormalizedMetadata}, keeping every raw name and value beside it.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>Tika reads the stored file in place and never writes it; the original bytes never change.
 *   <li>Type detection is by content; the original file name is passed only as a hint.
 *   <li>Every parse is bounded: wall-clock time (outcome TIMEOUT), extracted text and embedded
 *       documents (outcome LIMIT, keeping what was read).
 *   <li>A bad, hostile, encrypted or unknown file yields an outcome, never an exception; only a
 *       missing or unreadable stored file throws.
 *   <li>Failure details are short and safe: a category and at most a cleaned Tika message, never
 *       file content beyond that, never stack traces or Jeli's own class names.
 *   <li>Nothing here logs; evidence content and identifying metadata are never logged.
 *   <li>No time zone is invented: a local capture time stays local.
 * </ul>
 *
 * <p>Allowed dependencies: the JDK, {@code org.jeli.metadata}, {@code org.jeli.common}, Apache Tika
 * (tika-core and the standard parser package), and the frame codec of {@code
 * org.jeli.metadata.process}. No CDI or Quarkus.
 */
package org.jeli.metadata.tika;
