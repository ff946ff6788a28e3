package org.jeli.takedown;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of takedowns; documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.takedown")
public interface TakedownConfig {
    /**
     * How many different administrators must approve a takedown before the content is destroyed
     * (the one who files the request counts as the first when it is 1).
     */
    @WithDefault("2")
    int approvalsRequired();
}
