package org.jeli.provenance;

import org.jeli.common.JeliException;

/** A proof was asked for indices or sizes the log cannot prove (beyond its size, out of order). */
public final class InvalidProofRequestException extends JeliException {
    public InvalidProofRequestException(String message) {
        super(message);
    }
}
