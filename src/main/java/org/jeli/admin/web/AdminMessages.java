package org.jeli.admin.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the administration pages, in English; French in {@code messages/adm_fr.properties}.
 * Templates use them as {@code {adm:key}}. Named {@code adm} so they do not collide with the main web
 * application's bundle.
 */
@MessageBundle(value = "adm", locale = "en")
public interface AdminMessages {
    @Message("Administration")
    String administration();

    @Message("Users")
    String users();

    @Message("Collections")
    String collections();

    @Message("My API tokens")
    String myTokens();

    @Message("Protection at rest")
    String protection();

    @Message("Username")
    String username();

    @Message("Display name")
    String displayName();

    @Message("Password")
    String password();

    @Message("Role")
    String role();

    @Message("Clearance")
    String clearance();

    @Message("Active")
    String active();

    @Message("Deactivated")
    String deactivated();

    @Message("Second factor")
    String secondFactor();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Create")
    String create();

    @Message("Create a user")
    String createUser();

    @Message("Deactivate")
    String deactivate();

    @Message("Reset second factor")
    String resetSecondFactor();

    @Message("Name")
    String name();

    @Message("Description")
    String description();

    @Message("Created")
    String created();

    @Message("Create a collection")
    String createCollection();

    @Message("Members")
    String members();

    @Message("No members yet.")
    String noMembers();

    @Message("Grant a membership")
    String grantMembership();

    @Message("Grant")
    String grant();

    @Message("Change")
    String change();

    @Message("Revoke")
    String revoke();

    @Message("Expires")
    String expires();

    @Message("Last used")
    String lastUsed();

    @Message("Revoked")
    String revoked();

    @Message("never")
    String never();

    @Message("None.")
    String none();

    @Message("Create a token")
    String createToken();

    @Message("Expiry date (optional)")
    String expiryDate();

    @Message("Your new token, shown only this once. Copy it now:")
    String tokenShownOnce();

    @Message("Users are deactivated, never deleted: the log refers to them.")
    String usersNote();

    @Message("Every change here is recorded in the provenance log.")
    String loggedNote();

    @Message("User {name} created.")
    String userCreated(String name);

    @Message("User {name} deactivated.")
    String userDeactivated(String name);

    @Message("Second factor of {name} removed.")
    String secondFactorReset(String name);

    @Message("{name} had no second factor.")
    String secondFactorAbsent(String name);

    @Message("Collection {name} created.")
    String collectionCreated(String name);

    @Message("Membership of {name} saved.")
    String membershipGranted(String name);

    @Message("Membership of {name} revoked.")
    String membershipRevoked(String name);

    @Message("Token {name} revoked.")
    String tokenRevoked(String name);

    @Message("Refused: {reason}")
    String refused(String reason);
}
