package org.jeli.provenance;

import java.util.List;

/** An RFC 9162 inclusion proof of one leaf in the tree of {@code treeSize} leaves. */
public record InclusionProof(long leafIndex, long treeSize, byte[] leafHash, byte[] rootHash, List<byte[]> proof) {
    public InclusionProof {
        leafHash = leafHash.clone();
        rootHash = rootHash.clone();
        proof = proof.stream().map(byte[]::clone).toList();
    }
}
