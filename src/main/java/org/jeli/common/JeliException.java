package org.jeli.common;

/**
 * Base of Jeli's own exceptions. Each subclass is a failure the API treats differently and has one
 * mapper. Messages must be safe to show a client: no evidence content, no identifying metadata, no
 * paths or class names.
 */
public abstract class JeliException extends RuntimeException {
    protected JeliException(String message) {
        super(message);
    }

    protected JeliException(String message, Throwable cause) {
        super(message, cause);
    }
}
