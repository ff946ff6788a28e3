package org.jeli.ingest;

import org.jeli.common.Digest;
import org.jeli.common.JeliException;

/** Bytes that named a commitment are not the bytes committed to; they were refused and the attempt logged. */
public class CommitmentMismatchException extends JeliException {
    private final transient ItemCommitment commitment;
    private final transient Digest actualSha256;
    private final long actualSize;
    private final long logIndex;

    public CommitmentMismatchException(ItemCommitment commitment, Digest actualSha256, long actualSize, long logIndex) {
        super("the bytes do not match the commitment");
        this.commitment = commitment;
        this.actualSha256 = actualSha256;
        this.actualSize = actualSize;
        this.logIndex = logIndex;
    }

    public ItemCommitment commitment() {
        return commitment;
    }

    public Digest actualSha256() {
        return actualSha256;
    }

    public long actualSize() {
        return actualSize;
    }

    public long logIndex() {
        return logIndex;
    }
}
