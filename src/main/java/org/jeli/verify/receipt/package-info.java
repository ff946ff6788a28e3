/**
 * Submission receipts: the short text a submitter keeps ({@link org.jeli.verify.receipt.ReceiptText})
 * and its offline check against the file and, optionally, a later checkpoint with a consistency proof
 * ({@link org.jeli.verify.receipt.ReceiptVerifier}).
 *
 * <p>Invariants: a receipt is ASCII and names the first checkpoint containing its entry; it carries
 * the signature line and the verifier key, so the signed checkpoint is rebuilt byte for byte.
 * Verification returns findings as data; only unreadable input throws. The file is hashed as a
 * stream, never held in memory.
 *
 * <p>Allowed dependencies: {@code org.jeli.verify}, {@code org.jeli.provenance.checkpoint}, {@code
 * org.jeli.provenance.merkle}, Jackson and the JDK. No framework, no CDI, no JDBC.
 */
package org.jeli.verify.receipt;
