/**
 * RFC 9162 §2.1 Merkle trees for the archive's append-only log: hashing ({@link
 * org.jeli.provenance.merkle.MerkleHash}), appending ({@link
 * org.jeli.provenance.merkle.CompactRange}), roots and proofs from stored complete-subtree hashes
 * ({@link org.jeli.provenance.merkle.MerkleTree}) and proof verification ({@link
 * org.jeli.provenance.merkle.ProofVerifier}).
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>Pure and stateless: no framework, no I/O except through the {@link
 *       org.jeli.provenance.merkle.NodeReader} port. The offline verifier runs this same code.
 *   <li>Every stored node is a complete subtree; it is written once (by {@code CompactRange}) and
 *       never changes. Roots and proofs read O(log n) of them, never the leaves as a whole.
 *   <li>Proofs are exactly RFC 9162 PATH and PROOF, so any RFC 9162 verifier accepts them.
 *   <li>Verification never throws for bad data: it returns a {@link
 *       org.jeli.provenance.merkle.VerificationResult} with a stable {@link
 *       org.jeli.provenance.merkle.ProofFailure} code and expected/actual values. Broken storage
 *       throws ({@link org.jeli.provenance.merkle.MissingNodeException}); misuse throws {@link
 *       java.lang.IllegalArgumentException}.
 *   <li>Byte arrays are copied in and out of values.
 * </ul>
 *
 * <p>Allowed dependencies: the JDK only.
 */
package org.jeli.provenance.merkle;
