package org.jeli.access;

/** What a user wants to do with an item or a collection. */
public enum Action {
    /** See the item, its claims, metadata and custody (identifying fields follow clearance). */
    VIEW,
    /** Get the original bytes as a file (attachment). */
    DOWNLOAD_ORIGINAL,
    /** Play or show passive media inline in the browser. */
    VIEW_INLINE,
    /** Add material to a collection. */
    UPLOAD,
    /** Check an item's custody and proofs, or whether the archive holds a file. */
    VERIFY,
    /** Export evidence packages. */
    EXPORT,
    /** Correct an item's descriptive claims (the old values stay in the log). */
    EDIT_CLAIMS
}
