package org.jeli.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where TOTP secrets and the hashes of recovery codes are kept. */
public interface SecondFactorStore {
    Optional<SecondFactor> find(long userId);

    /** Stores a new unconfirmed secret, replacing an unconfirmed one; false when one is confirmed. */
    boolean start(long userId, byte[] secret, Instant at);

    /**
     * Confirms the unconfirmed secret, accepting {@code step}, and replaces the recovery codes;
     * false when there is nothing unconfirmed or the step is not newer than the last accepted one.
     */
    boolean confirm(long userId, long step, Instant at, List<byte[]> recoveryCodeHashes);

    /** Records {@code step} as used; false when it is not newer than the last accepted one. */
    boolean acceptStep(long userId, long step);

    /** Marks an unused recovery code used; false when it is unknown or already used. */
    boolean useRecoveryCode(long userId, byte[] codeHash, Instant at);

    /** Removes the secret and the recovery codes; false when there was no secret. */
    boolean remove(long userId);
}
