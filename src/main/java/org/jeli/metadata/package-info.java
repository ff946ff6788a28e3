/**
 * Metadata extraction: the {@link org.jeli.metadata.MetadataExtractor} port, its Apache Tika
 * adapter, and the typed outcomes every extraction ends in.
 *
 * <p>Invariants: extraction only ever reads a file that is already durably stored; a bad, hostile
 * or unsupported file yields an outcome, never an exception or a lost upload; type detection is by
 * content (names and declared types are claims). Allowed dependencies: common, Apache Tika.
 */
package org.jeli.metadata;
