package org.jeli.access;

import java.time.Instant;
import java.util.UUID;

/** A case or project: the unit of membership and access. */
public record Collection(UUID id, String name, String description, Instant createdAt) {}
