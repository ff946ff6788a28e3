package org.jeli.access;

/** A started TOTP enrolment: the base32 secret and the URI an authenticator app scans. */
public record Enrolment(String secret, String otpauthUri) {}
