/**
 * Provenance log entries and the one canonical codec for everything Jeli hashes or signs.
 *
 * <p>{@link org.jeli.provenance.entry.LogEntry} is an event that touched evidence; {@link
 * org.jeli.provenance.entry.EntryCodec} turns it into the exact bytes whose RFC 9162 leaf hash
 * {@code SHA-256(0x00 || bytes)} enters the Merkle tree and the next entry's {@code prev}; {@link
 * org.jeli.provenance.entry.CanonicalJson} is RFC 8785 JSON over a restricted value model; {@link
 * org.jeli.provenance.entry.Commitments} keeps personal data out of entries as salted hashes that
 * become unlinkable when the salt is deleted.
 *
 * <p>Invariants: one versioned canonical codec, never a general-purpose JSON library's output;
 * decoding accepts only canonical bytes (re-encoding reproduces them exactly) and throws nothing
 * but {@link org.jeli.provenance.entry.MalformedEntryException} for arbitrary input, within fixed
 * size and depth limits; golden-byte tests pin the format, so any change to it fails loudly and
 * needs a new version; values are immutable and validated on construction. The code is pure Java
 * because the offline verifier runs it alone. Allowed dependencies: common and the JDK.
 */
package org.jeli.provenance.entry;
