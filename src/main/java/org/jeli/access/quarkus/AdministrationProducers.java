package org.jeli.access.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jeli.access.AccessChanges;
import org.jeli.access.CollectionAdministration;
import org.jeli.access.CollectionStore;
import org.jeli.access.OidcLogins;
import org.jeli.access.OidcRoleMapping;
import org.jeli.access.PasswordHasher;
import org.jeli.access.PasswordPolicy;
import org.jeli.access.SecondFactors;
import org.jeli.access.UserAdministration;
import org.jeli.access.UserStore;

/** Wires the administration services that the API and the administration pages share. */
public class AdministrationProducers {
    @Produces
    @Singleton
    UserAdministration userAdministration(
            UserStore users,
            PasswordHasher hasher,
            PasswordPolicy policy,
            SecondFactors factors,
            AccessChanges changes) {
        return new UserAdministration(users, hasher, policy, factors, changes);
    }

    @Produces
    @Singleton
    CollectionAdministration collectionAdministration(
            CollectionStore collections, UserStore users, AccessChanges changes) {
        return new CollectionAdministration(collections, users, changes);
    }

    @Produces
    @Singleton
    OidcLogins oidcLogins(UserStore users, OidcConfig config, AccessChanges changes) {
        return new OidcLogins(users, new OidcRoleMapping(config.roleMapping()), changes);
    }
}
