package org.jeli.provenance.merkle;

/**
 * A subtree hash the computation needs is not stored, or is stored damaged. Broken storage, not a
 * bad proof: verification of proofs never throws this.
 */
public final class MissingNodeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public MissingNodeException(NodeId id, String problem) {
        super("subtree level " + id.level() + " index " + id.index() + " " + problem);
    }
}
