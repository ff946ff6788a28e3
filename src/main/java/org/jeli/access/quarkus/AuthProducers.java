package org.jeli.access.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import javax.sql.DataSource;
import org.jeli.access.ApiTokenStore;
import org.jeli.access.ApiTokens;
import org.jeli.access.LoginThrottle;
import org.jeli.access.ProgressiveDelay;
import org.jeli.access.SecondFactorStore;
import org.jeli.access.SecondFactors;
import org.jeli.access.Totp;
import org.jeli.access.jdbc.JdbcFailureCounter;

/** Wires the framework-free authentication classes: tokens, throttling, second factors. */
public class AuthProducers {
    @Produces
    @Singleton
    ApiTokens apiTokens(ApiTokenStore store, Clock clock, SecureRandom random) {
        return new ApiTokens(store, clock, random);
    }

    @Produces
    @Singleton
    SecondFactors secondFactors(SecondFactorStore store, Clock clock, SecureRandom random) {
        return new SecondFactors(store, clock, random, Totp.STANDARD);
    }

    @Produces
    @Singleton
    LoginThrottle loginThrottle(Clock clock, AuthConfig config, DataSource dataSource) {
        var limits = new LoginThrottle.Limits(
                config.accountMaxFailures(),
                config.addressMaxFailures(),
                config.failureWindow(),
                config.lockoutDuration(),
                new ProgressiveDelay(config.delayFreeFailures(), config.delayBase(), config.delayMax()),
                config.trackedKeys());
        // Counted in PostgreSQL, so failures on one instance count on every other one.
        return new LoginThrottle(
                clock,
                limits,
                new JdbcFailureCounter(
                        dataSource, "account", limits.accountFailures(), limits.window(), limits.lockDuration()),
                new JdbcFailureCounter(
                        dataSource, "address", limits.addressFailures(), limits.window(), limits.lockDuration()));
    }
}
