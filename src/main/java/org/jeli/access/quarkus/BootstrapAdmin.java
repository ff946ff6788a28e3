package org.jeli.access.quarkus;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jeli.access.PasswordHasher;
import org.jeli.access.Role;
import org.jeli.access.UserStore;

/**
 * Creates the bootstrap administrator {@code admin} at first start. Its password comes from
 * {@code JELI_ADMIN_PASSWORD} (property {@code jeli.admin.password}) or is generated and printed
 * once on the console; it is never logged and never printed again.
 */
@ApplicationScoped
public class BootstrapAdmin {
    static final String USERNAME = "admin";
    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final UserStore users;
    private final PasswordHasher hasher;
    private final SecureRandom random;
    private final Optional<String> configuredPassword;

    public BootstrapAdmin(
            UserStore users,
            PasswordHasher hasher,
            SecureRandom random,
            @ConfigProperty(name = "jeli.admin.password") Optional<String> configuredPassword) {
        this.users = users;
        this.hasher = hasher;
        this.random = random;
        this.configuredPassword = configuredPassword;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (users.anyAdmin()) {
            return;
        }
        boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        char[] password = generated ? generate() : configuredPassword.get().toCharArray();
        users.create(USERNAME, "Administrator", hasher.hash(password), Role.ADMIN);
        if (generated) {
            System.out.println();
            System.out.println("Jeli created the administrator account 'admin' with this password (shown once):");
            System.out.println("    " + new String(password));
            System.out.println("Keep it safe. Set JELI_ADMIN_PASSWORD before the first start to choose it instead.");
            System.out.println();
        }
    }

    private char[] generate() {
        char[] out = new char[24];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return out;
    }
}
