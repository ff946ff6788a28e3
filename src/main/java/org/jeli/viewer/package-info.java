/**
 * Viewer: safe viewing of evidence in the browser — derivatives (thumbnails, web-playable
 * previews) made from the original and stored apart from it, per-user viewing settings, and the
 * web pages ({@code viewer.web}).
 *
 * <p>Invariants: the original is never changed (derivatives are new blobs linked to it by the
 * original's SHA-256); a derivative carries no metadata of the original (images are re-encoded by
 * ImageIO, media by ffmpeg with {@code -map_metadata -1}); external tools run out of process with a
 * time limit; making a derivative is a log entry ({@code derivative.created}). Allowed dependencies:
 * common, access, storage, metadata, ingest (item read models), provenance.
 */
package org.jeli.viewer;
