package org.jeli.provenance;

import java.util.List;

/** An RFC 9162 consistency proof that the tree of {@code size1} is a prefix of the tree of {@code size2}. */
public record ConsistencyProof(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
    public ConsistencyProof {
        root1 = root1.clone();
        root2 = root2.clone();
        proof = proof.stream().map(byte[]::clone).toList();
    }
}
