package org.jeli.access;

import java.util.Optional;

/**
 * The access decision, deny by default. Pure: it knows nothing of HTTP or the database.
 *
 * <ul>
 *   <li>No membership in the item's collection, or an item above the member's clearance: HIDDEN
 *       (404), whatever the account role — administrators manage, they do not read evidence
 *       unless they are also members (separation of duties).
 *   <li>archivist: view, upload and correct claims; no original download, no export.
 *   <li>investigator: view, download originals, verify, export.
 *   <li>viewer: view and inline viewing in the browser only.
 * </ul>
 */
public final class AccessPolicy {
    private final Sensitivity identifyingClearance;

    /** @param identifyingClearance the clearance from which identifying fields are shown */
    public AccessPolicy(Sensitivity identifyingClearance) {
        this.identifyingClearance = identifyingClearance;
    }

    /** May the member act on an item of this sensitivity in their collection? */
    public Decision decide(Optional<Membership> membership, Sensitivity itemSensitivity, Action action) {
        if (membership.isEmpty()) {
            return Decision.HIDDEN;
        }
        Membership m = membership.get();
        if (itemSensitivity.compareTo(m.clearance()) > 0) {
            return Decision.HIDDEN;
        }
        return roleAllows(m.role(), action) ? Decision.ALLOWED : Decision.FORBIDDEN;
    }

    /** May the member add material to their collection? Non-members do not learn it exists. */
    public Decision decideUpload(Optional<Membership> membership) {
        if (membership.isEmpty()) {
            return Decision.HIDDEN;
        }
        return roleAllows(membership.get().role(), Action.UPLOAD) ? Decision.ALLOWED : Decision.FORBIDDEN;
    }

    /** Whether the member sees identifying fields (GPS, serials, phone numbers, names, claimed places). */
    public boolean seesIdentifying(Optional<Membership> membership) {
        return membership.isPresent() && membership.get().clearance().compareTo(identifyingClearance) >= 0;
    }

    public Sensitivity identifyingClearance() {
        return identifyingClearance;
    }

    static boolean roleAllows(Role role, Action action) {
        return switch (role) {
            case ARCHIVIST ->
                action == Action.VIEW
                        || action == Action.VIEW_INLINE
                        || action == Action.UPLOAD
                        || action == Action.VERIFY
                        || action == Action.EDIT_CLAIMS;
            case INVESTIGATOR -> action != Action.UPLOAD && action != Action.EDIT_CLAIMS;
            case VIEWER -> action == Action.VIEW || action == Action.VIEW_INLINE;
            case ADMIN -> false;
        };
    }
}
