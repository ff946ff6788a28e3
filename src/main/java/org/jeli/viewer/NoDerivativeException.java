package org.jeli.viewer;

import org.jeli.common.JeliException;

/** No thumbnail or preview can be made for an item (answered 404 {@code no-derivative} with the reason). */
public class NoDerivativeException extends JeliException {
    private final String reason;

    public NoDerivativeException(DerivativeKind kind, String reason) {
        super("no " + kind.label() + ": " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
