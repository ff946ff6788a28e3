package org.jeli.access.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/**
 * Optional OpenID Connect login (ADR 0021); each property is documented in README's configuration
 * table. The provider itself is configured with Quarkus's {@code quarkus.oidc.*} properties
 * ({@code auth-server-url}, {@code client-id}, {@code credentials.secret}).
 */
@ConfigMapping(prefix = "jeli.auth.oidc")
public interface OidcConfig {
    /** Whether OpenID Connect login is on; off, nothing ever contacts a provider. */
    @WithDefault("false")
    boolean enabled();

    /** The ID-token claim holding the person's groups. */
    @WithDefault("groups")
    String groupsClaim();

    /** The ID-token claim that becomes the username of a newly provisioned account. */
    @WithDefault("preferred_username")
    String usernameClaim();

    /** The ID-token claim that becomes the display name of a newly provisioned account. */
    @WithDefault("name")
    String displayNameClaim();

    /** Group to Jeli role ({@code admin}, {@code archivist}, {@code investigator}, {@code viewer}). */
    Map<String, String> roleMapping();
}
