package org.jeli.provenance;

/** Where an entry landed in the log. */
public record AppendedEntry(long index, byte[] leafHash) {
    public AppendedEntry {
        leafHash = leafHash.clone();
    }

    @Override
    public byte[] leafHash() {
        return leafHash.clone();
    }
}
