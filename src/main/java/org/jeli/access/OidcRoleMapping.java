package org.jeli.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps OpenID Connect groups to a Jeli account role ({@code jeli.auth.oidc.role-mapping.<group>=<role>}).
 * A person in several mapped groups gets the first of admin, investigator, archivist, viewer among
 * them; a person in no mapped group gets no role and is refused (deny by default). Group names
 * compare exactly, case included; a leading {@code /} (Keycloak's group paths) is ignored on both
 * sides.
 */
public final class OidcRoleMapping {
    private static final List<Role> PRECEDENCE = List.of(Role.ADMIN, Role.INVESTIGATOR, Role.ARCHIVIST, Role.VIEWER);

    private final Map<String, Role> byGroup = new LinkedHashMap<>();

    /** @throws IllegalArgumentException naming the group whose role is unknown */
    public OidcRoleMapping(Map<String, String> groupToRole) {
        for (Map.Entry<String, String> e : groupToRole.entrySet()) {
            try {
                byGroup.put(normalise(e.getKey()), Role.fromLabel(e.getValue().strip()));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(
                        "jeli.auth.oidc.role-mapping." + e.getKey() + ": unknown role '" + e.getValue() + "'", ex);
            }
        }
    }

    /** The role the groups map to, if any. */
    public Optional<Role> roleOf(Collection<String> groups) {
        Set<Role> mapped = EnumSet.noneOf(Role.class);
        for (String g : groups) {
            Role r = byGroup.get(normalise(g));
            if (r != null) {
                mapped.add(r);
            }
        }
        return PRECEDENCE.stream().filter(mapped::contains).findFirst();
    }

    public boolean isEmpty() {
        return byGroup.isEmpty();
    }

    private static String normalise(String group) {
        String g = group.strip();
        return g.startsWith("/") ? g.substring(1) : g;
    }
}
