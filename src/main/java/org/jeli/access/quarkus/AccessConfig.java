package org.jeli.access.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of access control; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.access")
public interface AccessConfig {
    /**
     * The clearance from which identifying fields (GPS, serial numbers, phone numbers, sender names,
     * claimed places) are shown; below it they are removed everywhere.
     */
    @WithDefault("confidential")
    String identifyingClearance();
}
