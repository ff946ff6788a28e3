package org.jeli.provenance.entry;

import org.jeli.common.JeliException;

/**
 * Bytes that claim to be a log entry (or canonical JSON) are not: invalid UTF-8 or JSON, a value
 * outside the canonical model, a missing or unexpected member, an unsupported version, a limit
 * exceeded. The message names the rule that was broken and at most a character offset; it never
 * echoes the content, which may be attacker-controlled or personal.
 */
public class MalformedEntryException extends JeliException {
    public MalformedEntryException(String message) {
        super(message);
    }

    public MalformedEntryException(String message, Throwable cause) {
        super(message, cause);
    }
}
