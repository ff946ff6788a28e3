package org.jeli.provenance.merkle;

/**
 * The outcome of checking a proof: valid, or a {@link ProofFailure} with what was expected and what
 * was found (hashes in lowercase hex).
 *
 * @param valid whether the proof holds
 * @param failure why it does not; null when valid
 * @param expected what the check required; null when valid
 * @param actual what it found instead; null when valid
 */
public record VerificationResult(boolean valid, ProofFailure failure, String expected, String actual) {
    private static final VerificationResult OK = new VerificationResult(true, null, null, null);

    public VerificationResult {
        if (valid && (failure != null || expected != null || actual != null)) {
            throw new IllegalArgumentException("a valid result carries no failure");
        }
        if (!valid && (failure == null || expected == null || actual == null)) {
            throw new IllegalArgumentException("a failed result needs a reason, an expected and an actual value");
        }
    }

    public static VerificationResult ok() {
        return OK;
    }

    public static VerificationResult fail(ProofFailure failure, String expected, String actual) {
        return new VerificationResult(false, failure, expected, actual);
    }

    /** One line for logs and reports, e.g. {@code ROOT_MISMATCH: expected 5dc9…, got 7a1f…}. */
    public String message() {
        return valid ? "valid" : failure + ": expected " + expected + ", got " + actual;
    }
}
