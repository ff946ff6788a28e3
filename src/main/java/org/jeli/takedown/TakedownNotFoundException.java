package org.jeli.takedown;

import org.jeli.common.JeliException;

/** No such takedown request or legal hold (or it is no longer open). */
public final class TakedownNotFoundException extends JeliException {
    public TakedownNotFoundException(String what) {
        super("no such " + what);
    }
}
