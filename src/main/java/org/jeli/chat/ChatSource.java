package org.jeli.chat;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the bytes of one chat file, afresh each time. Parsers that read twice (the WhatsApp parser
 * surveys dates first) call it twice, so a source is a file or an archive entry, not a one-shot
 * network stream.
 */
@FunctionalInterface
public interface ChatSource {
    /** A new stream over the whole file, from its first byte. The caller closes it. */
    InputStream open() throws IOException;
}
