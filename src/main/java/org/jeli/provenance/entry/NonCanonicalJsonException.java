package org.jeli.provenance.entry;

/**
 * The bytes are valid JSON within the canonical model but not in RFC 8785 canonical form:
 * whitespace, members out of order, an escape that canonical form does not use, {@code -0}. A
 * verifier must treat it exactly like any other {@link MalformedEntryException}: canonical form is
 * what was hashed, so a non-canonical rendering of the "same" data is not the entry.
 */
public final class NonCanonicalJsonException extends MalformedEntryException {
    public NonCanonicalJsonException(String message) {
        super(message);
    }
}
