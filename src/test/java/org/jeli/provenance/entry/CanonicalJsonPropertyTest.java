package org.jeli.provenance.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded random round trips and mutations. The seed is printed; rerun a failure with {@code
 * -Djeli.test.seed=<seed>}.
 */
class CanonicalJsonPropertyTest {
    private static final int CASES = 5_000;

    private static long seed(String test) {
        String fixed = System.getProperty("jeli.test.seed");
        long seed = fixed != null ? Long.parseLong(fixed) : new SecureRandom().nextLong();
        System.out.println(test + ": seed " + seed + " (rerun with -Djeli.test.seed=" + seed + ")");
        return seed;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void randomValuesRoundTripExactly() {
        long seed = seed("randomValuesRoundTripExactly");
        RandomValues values = new RandomValues(seed);
        for (int i = 0; i < CASES; i++) {
            Map<String, Object> value = values.object(0);

            byte[] bytes = CanonicalJson.encode(value);
            Object decoded = CanonicalJson.decode(bytes);

            assertThat(decoded).as("seed %d case %d", seed, i).isEqualTo(value);
            assertThat(CanonicalJson.encode(decoded))
                    .as("seed %d case %d", seed, i)
                    .isEqualTo(bytes);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void randomEntriesRoundTripExactly() {
        long seed = seed("randomEntriesRoundTripExactly");
        RandomValues values = new RandomValues(seed);
        for (int i = 0; i < CASES; i++) {
            LogEntry entry = randomEntry(values);

            byte[] bytes = EntryCodec.encode(entry);

            assertThat(EntryCodec.decode(bytes)).as("seed %d case %d", seed, i).isEqualTo(entry);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void mutatedEntriesDecodeToThemselvesOrAreRejected() {
        long seed = seed("mutatedEntriesDecodeToThemselvesOrAreRejected");
        RandomValues values = new RandomValues(seed);
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] mutated = Mutations.apply(EntryCodec.encode(randomEntry(values)), values);
            try {
                LogEntry decoded = EntryCodec.decode(mutated);
                assertThat(EntryCodec.encode(decoded))
                        .as("seed %d case %d", seed, i)
                        .isEqualTo(mutated);
                accepted++;
            } catch (MalformedEntryException expected) {
                // rejected: fine
            } catch (RuntimeException | StackOverflowError other) {
                fail("seed " + seed + " case " + i + ": " + Arrays.toString(mutated), other);
            }
        }
        System.out.println("mutated entries still valid: " + accepted + " of " + CASES);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyInputOfUpToTwoBytesDecodesToItselfOrIsRejected() {
        for (int length = 0; length <= 2; length++) {
            int combinations = 1 << (8 * length);
            for (int n = 0; n < combinations; n++) {
                byte[] input = new byte[length];
                for (int b = 0; b < length; b++) {
                    input[b] = (byte) (n >>> (8 * b));
                }
                try {
                    assertThat(CanonicalJson.encode(CanonicalJson.decode(input)))
                            .isEqualTo(input);
                } catch (MalformedEntryException expected) {
                    // rejected: fine
                }
            }
        }
    }

    static LogEntry randomEntry(RandomValues values) {
        byte[] prev = new byte[LogEntry.HASH_LENGTH];
        values.asRandom().nextBytes(prev);
        String[] kinds = {"item.submitted", "metadata.extracted", "item.viewed", "access.changed", "key.rotated"};
        return new LogEntry(
                EntryCodec.VERSION,
                kinds[values.nextInt(kinds.length)],
                Instant.ofEpochMilli(values.asRandom().nextLong(0, 253_402_300_799_999L)),
                values.nextInt(2) == 0 ? "system" : "user:" + values.nextInt(1_000_000),
                "item:"
                        + new UUID(
                                values.asRandom().nextLong(), values.asRandom().nextLong()),
                values.object(1),
                prev);
    }
}
