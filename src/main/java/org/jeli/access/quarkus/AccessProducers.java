package org.jeli.access.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import org.jeli.access.AccessPolicy;
import org.jeli.access.PasswordHasher;
import org.jeli.access.PasswordPolicy;
import org.jeli.access.Sensitivity;

/** Wires the framework-free access classes. */
public class AccessProducers {
    @Produces
    @Singleton
    PasswordHasher passwordHasher(SecureRandom random) {
        return new PasswordHasher(random);
    }

    @Produces
    @Singleton
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withBundledList();
    }

    @Produces
    @Singleton
    AccessPolicy accessPolicy(AccessConfig config) {
        return new AccessPolicy(Sensitivity.fromLabel(config.identifyingClearance()));
    }
}
