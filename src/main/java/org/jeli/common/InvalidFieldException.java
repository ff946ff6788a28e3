package org.jeli.common;

/** A request field is missing or malformed. The message names the field and never echoes its value. */
public final class InvalidFieldException extends JeliException {
    private final String field;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
