/** HTTP API of ingest: streaming multipart upload, item reads, content with ranges. A leaf. */
package org.jeli.ingest.web;
