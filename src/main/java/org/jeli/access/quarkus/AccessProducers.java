package org.jeli.access.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import org.jeli.access.PasswordHasher;

/** Wires the framework-free access classes. */
public class AccessProducers {
    @Produces
    @Singleton
    PasswordHasher passwordHasher(SecureRandom random) {
        return new PasswordHasher(random);
    }
}
