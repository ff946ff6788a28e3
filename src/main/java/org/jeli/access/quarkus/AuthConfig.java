package org.jeli.access.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Settings of login throttling and second factors; each is documented in README's configuration table. */
@ConfigMapping(prefix = "jeli.auth")
public interface AuthConfig {
    /** Failed logins of one account within {@link #failureWindow()} that lock it. */
    @WithDefault("5")
    int accountMaxFailures();

    /** Failed logins from one client address within {@link #failureWindow()} that refuse it. */
    @WithDefault("20")
    int addressMaxFailures();

    /** How far back failures count. */
    @WithDefault("15m")
    Duration failureWindow();

    /** How long a locked account or refused address stays so. */
    @WithDefault("15m")
    Duration lockoutDuration();

    /** Failures answered without delay before the progressive delay starts. */
    @WithDefault("2")
    int delayFreeFailures();

    /** The first delay; it doubles with each further failure. */
    @WithDefault("1s")
    Duration delayBase();

    /** The longest delay before a failed login is answered. */
    @WithDefault("10s")
    Duration delayMax();

    /** Most accounts and addresses whose failures are remembered (each); the oldest are forgotten. */
    @WithDefault("100000")
    int trackedKeys();

    /**
     * Account roles ({@code admin}, {@code archivist}, {@code investigator}, {@code viewer}) whose
     * users must enrol a TOTP second factor before they may do anything else. {@code none} means no
     * role (an empty value is refused by SmallRye Config: SRCFG00040).
     */
    @WithDefault("admin,investigator")
    List<String> secondFactorRequiredRoles();
}
