package org.jeli.provenance.merkle;

import java.util.ArrayList;
import java.util.List;

/** A plain (non-batch) reader that records every node read through it. */
final class CountingReader implements NodeReader {
    private final NodeReader delegate;
    private final List<NodeId> reads = new ArrayList<>();

    CountingReader(NodeReader delegate) {
        this.delegate = delegate;
    }

    @Override
    public byte[] subtreeHash(int level, long index) {
        reads.add(new NodeId(level, index));
        return delegate.subtreeHash(level, index);
    }

    List<NodeId> reads() {
        return List.copyOf(reads);
    }
}
