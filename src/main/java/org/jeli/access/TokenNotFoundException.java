package org.jeli.access;

import org.jeli.common.JeliException;

/** No such token among the caller's own (unknown and foreign tokens look the same). */
public class TokenNotFoundException extends JeliException {
    public TokenNotFoundException() {
        super("no such token");
    }
}
