package org.jeli.access;

import java.util.Map;

/**
 * Port: where every change of who may see what is recorded ({@code access.changed} entries of the
 * provenance log). Payloads name users by id only, never by name.
 */
public interface AccessChanges {
    /**
     * @param actorId the account that made the change (for an account provisioned at its first
     *     OpenID Connect login, the account itself)
     * @param subject {@code user:<id>} or {@code collection:<uuid>}
     */
    void changed(long actorId, String subject, Map<String, Object> payload);
}
