package org.jeli.verify;

import java.util.List;

/**
 * The verdict on one item.
 *
 * @param id the item id
 * @param payload the payload path of its bytes
 * @param sha256 the SHA-256 the package records
 * @param size the size the package records
 * @param bytesIntact whether the bytes hash to the manifests, the description and the log
 * @param submissionEntry the log index of the {@code item.submitted} entry for these bytes, or null
 * @param checkpointSize the size of the checkpoint the entries are proven against
 * @param timestamp the timestamp that proves the submission existed by then, or null
 * @param events the custody entries, in log order
 * @param findings what is wrong or worth a warning
 */
public record ItemVerdict(
        String id,
        String payload,
        String sha256,
        long size,
        boolean bytesIntact,
        Long submissionEntry,
        long checkpointSize,
        TimestampInfo timestamp,
        List<CustodyEvent> events,
        List<Finding> findings) {

    public ItemVerdict {
        events = List.copyOf(events);
        findings = List.copyOf(findings);
    }

    public boolean verified() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /**
     * One custody entry.
     *
     * @param index its log index
     * @param time when, as recorded
     * @param kind what happened
     * @param actor who
     * @param included whether its inclusion proof verified
     */
    public record CustodyEvent(long index, String time, String kind, String actor, boolean included) {}

    /**
     * A verified RFC 3161 timestamp over a checkpoint that contains the submission.
     *
     * @param checkpointSize the timestamped checkpoint's size
     * @param authority the authority's certificate subject
     * @param genTime the time it attests
     */
    public record TimestampInfo(long checkpointSize, String authority, String genTime) {}
}
