package org.jeli.access.web;

/** Body of {@code POST /api/tokens}: a name, and optionally an ISO-8601 expiry with offset. */
public record TokenRequest(String name, String expiresAt) {}
