package org.jeli.access.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jeli.access.Role;
import org.jeli.access.SecondFactors;
import org.jeli.access.User;

/**
 * Which accounts must still enrol a second factor: those whose role is in {@code
 * jeli.auth.second-factor-required-roles} and who have no confirmed one. Identities carry the
 * answer as {@link #ENROLMENT_REQUIRED}.
 */
@ApplicationScoped
public class SecondFactorGate {
    /** Boolean identity attribute: the account may only use the enrolment endpoints. */
    public static final String ENROLMENT_REQUIRED = "jeli.second-factor-enrolment-required";

    private final SecondFactors factors;
    private final Set<Role> required;

    public SecondFactorGate(SecondFactors factors, AuthConfig config) {
        this.factors = factors;
        this.required = EnumSet.noneOf(Role.class);
        for (String label : config.secondFactorRequiredRoles()) {
            String l = label.strip().toLowerCase(Locale.ROOT);
            if (!l.isEmpty() && !l.equals("none")) {
                try {
                    required.add(Role.fromLabel(l));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "jeli.auth.second-factor-required-roles: unknown role '" + l + "'", e);
                }
            }
        }
    }

    /** Whether any role requires a second factor. */
    public boolean enforced() {
        return !required.isEmpty();
    }

    public boolean enrolmentRequired(User user) {
        return required.contains(user.role()) && !factors.enabled(user.id());
    }
}
