package org.jeli.lease.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of job leases and of this instance's name; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.lease")
public interface LeaseConfig {
    /** How long a lease lasts after its last renewal; another instance takes a job over this long after its holder died. */
    @WithDefault("30s")
    Duration ttl();

    /** How often held leases are renewed and free ones tried; well below {@link #ttl()}. */
    @WithDefault("10s")
    Duration renewInterval();

    /** A name for this instance in lease holders, for humans; default the host name and HTTP port. */
    Optional<String> instanceName();
}
