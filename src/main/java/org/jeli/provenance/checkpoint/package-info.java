/**
 * Log checkpoints and their signatures: the C2SP tlog-checkpoint text ({@link
 * org.jeli.provenance.checkpoint.Checkpoint}), C2SP signed notes with Ed25519 ({@link
 * org.jeli.provenance.checkpoint.NoteSigner}, {@link org.jeli.provenance.checkpoint.NoteVerifier})
 * and the folder of log signing keys with rotation ({@link
 * org.jeli.provenance.checkpoint.SigningKeyStore}).
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>The bytes signed are exactly the note text, UTF-8, as {@link
 *       org.jeli.provenance.checkpoint.Checkpoint#body()} writes it; signed notes interoperate
 *       byte for byte with {@code golang.org/x/mod/sumdb/note} (tested against its vectors).
 *   <li>Verification returns data ({@link org.jeli.provenance.checkpoint.NoteVerification}, {@link
 *       org.jeli.provenance.checkpoint.NoteStatus}); it never throws for bad input, and never
 *       exposes the text of a note that did not verify. Broken storage throws.
 *   <li>Signatures by unknown keys are ignored; a trusted key's failing signature fails the note.
 *   <li>Private keys live only in {@code 600} PKCS#8 files and in memory; no {@code toString},
 *       message or accessor reveals them. Time comes from an injected {@link java.time.Clock} or
 *       an explicit {@link java.time.Instant}; randomness from an injected {@link
 *       java.security.SecureRandom}.
 * </ul>
 *
 * <p>Allowed dependencies: {@code org.jeli.common}, the JDK and Bouncy Castle. No framework, no
 * CDI, no JDBC: the offline verifier runs this package on its own.
 */
package org.jeli.provenance.checkpoint;
