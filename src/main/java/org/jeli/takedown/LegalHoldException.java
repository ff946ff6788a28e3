package org.jeli.takedown;

import org.jeli.common.JeliException;

/** A legal hold on the item or its collection blocks its takedown until lifted. */
public final class LegalHoldException extends JeliException {
    public LegalHoldException() {
        super("a legal hold on the item or its collection blocks the takedown; lift it first");
    }
}
