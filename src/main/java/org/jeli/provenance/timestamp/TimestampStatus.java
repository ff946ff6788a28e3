package org.jeli.provenance.timestamp;

/** The outcome of checking an RFC 3161 reply or token. Stable codes: never renumber. */
public enum TimestampStatus {
    /** Granted, signed by a timestamping certificate chaining to a trusted root, over our imprint. */
    VALID,
    /** The authority refused (PKIStatus other than granted or grantedWithMods). */
    REJECTED_STATUS,
    /** The token covers another hash, or not a SHA-256 one. */
    WRONG_IMPRINT,
    /** The token does not echo the nonce of our request. */
    WRONG_NONCE,
    /** The CMS signature, or its binding to the signing certificate, does not verify. */
    BAD_SIGNATURE,
    /** The signing certificate is missing or does not chain to a configured root at genTime. */
    UNTRUSTED_CHAIN,
    /** The signing certificate was not valid (expired or not yet valid) at genTime. */
    CERT_EXPIRED,
    /** The signing certificate lacks a critical extended key usage of only id-kp-timeStamping. */
    NOT_A_TSA_CERT,
    /** Not a DER TimeStampResp or TimeStampToken. */
    MALFORMED,
    /** Larger than the verifier's limit; refused before parsing. */
    TOO_LARGE
}
