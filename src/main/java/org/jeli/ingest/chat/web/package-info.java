/**
 * HTTP adapter of chat-export imports: {@code POST /api/imports} (streaming multipart, the export
 * stored and logged before anything parses it), {@code GET /api/imports/{id}} and the list. A leaf:
 * nothing depends on it. Answers 404 for imports the caller may not know of.
 */
package org.jeli.ingest.chat.web;
