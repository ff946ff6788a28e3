/**
 * RFC 3161 trusted timestamps over log checkpoints: building requests ({@link
 * org.jeli.provenance.timestamp.TimestampRequestFactory}), asking an authority over HTTP ({@link
 * org.jeli.provenance.timestamp.TimestampClient}) and verifying replies and stored tokens ({@link
 * org.jeli.provenance.timestamp.TimestampVerifier}).
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>Imprints are SHA-256; every request carries a fresh 128-bit nonce from an injected {@link
 *       java.security.SecureRandom} and asks for the TSA certificate.
 *   <li>Replies are size-limited while they are read, before anything parses them.
 *   <li>Infrastructure failures (unreachable, timeout, HTTP status, oversized or unparseable reply)
 *       throw {@link org.jeli.provenance.timestamp.TimestampUnavailableException}; a refusal or a
 *       bad token is data: a {@link org.jeli.provenance.timestamp.TimestampVerification} with a
 *       {@link org.jeli.provenance.timestamp.TimestampStatus}. The verifier never throws for bad
 *       tokens.
 *   <li>Verification reads no clock: certificate validity and the certification path are judged at
 *       the token's genTime, without revocation checking, so a stored token verifies offline the
 *       same way years later.
 * </ul>
 *
 * <p>Allowed dependencies: {@code org.jeli.common}, the JDK ({@code java.net.http} included) and
 * Bouncy Castle. No framework, no CDI, no JDBC: the offline verifier runs this package on its own.
 */
package org.jeli.provenance.timestamp;
