package org.jeli.access;

/** The authenticated person making a request, as the domain needs them. */
public record CurrentUser(long id, String username, String displayName, Role role) {}
