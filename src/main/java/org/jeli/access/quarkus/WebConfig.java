package org.jeli.access.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of web (form) login sessions; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.web")
public interface WebConfig {
    /**
     * Whether Jeli's own session cookies ({@code jeli-csrf}, {@code jeli-session-start}) are always
     * marked {@code Secure}. Off for the plain-HTTP quick start; turn it on in production behind TLS.
     * Over TLS (or a trusted proxy that forwards the scheme) they are marked {@code Secure} anyway.
     */
    @WithDefault("false")
    boolean secureCookies();

    /** The absolute lifetime of a web session, however active it is. */
    @WithDefault("12h")
    Duration sessionMaxAge();
}
