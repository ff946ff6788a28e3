/**
 * A streaming multipart/form-data reader (RFC 7578, RFC 2046) for uploads of any size: {@link
 * org.jeli.ingest.web.multipart.MultipartReader} hands out one {@link
 * org.jeli.ingest.web.multipart.Part} at a time, whose content is read straight from the request
 * body, so a file part can be hashed and stored in the same pass, and text fields may come before or
 * after it.
 *
 * <p>Invariants: memory is bounded by one fixed buffer (64 KiB) plus the {@link
 * org.jeli.ingest.web.multipart.MultipartLimits} (part count, header bytes, field bytes); a part is
 * never buffered whole, in memory or on disk; a part's content is exactly the bytes between its
 * header block and the next delimiter; a body that ends before its closing delimiter always fails
 * with {@link org.jeli.ingest.web.multipart.MalformedMultipartException}; exception messages never
 * echo body content. Field and file names are returned as sent, {@code ../} included: sanitising
 * them is the caller's job. Allowed dependencies: common (and the JDK); no framework.
 */
package org.jeli.ingest.web.multipart;
