package org.jeli.access;

/**
 * The answer of the access policy. {@code HIDDEN} means the caller may not even learn that the
 * thing exists (answer 404); {@code FORBIDDEN} means they may know it exists but not do this (403).
 */
public enum Decision {
    ALLOWED,
    FORBIDDEN,
    HIDDEN;

    public boolean allowed() {
        return this == ALLOWED;
    }
}
