package org.jeli.verify;

import java.security.cert.X509Certificate;
import java.util.List;
import org.jeli.provenance.checkpoint.VerifierKey;

/**
 * How to verify.
 *
 * @param trustedKeys checkpoint keys to trust instead of the ones the package carries (pinning);
 *     empty to trust the package's keys and only print their fingerprints
 * @param trustedTsaRoots timestamp authority roots to trust instead of the package's; empty to
 *     trust the package's roots and print their fingerprints
 * @param requireTimestamps whether an item without a timestamp fails (otherwise a warning)
 * @param threads how many files to hash at once
 */
public record VerifyOptions(
        List<VerifierKey> trustedKeys, List<X509Certificate> trustedTsaRoots, boolean requireTimestamps, int threads) {
    public VerifyOptions {
        trustedKeys = List.copyOf(trustedKeys);
        trustedTsaRoots = List.copyOf(trustedTsaRoots);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive");
        }
    }

    public static VerifyOptions defaults() {
        return new VerifyOptions(
                List.of(), List.of(), false, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public VerifyOptions withTrustedKeys(List<VerifierKey> keys) {
        return new VerifyOptions(keys, trustedTsaRoots, requireTimestamps, threads);
    }

    public VerifyOptions withTrustedTsaRoots(List<X509Certificate> roots) {
        return new VerifyOptions(trustedKeys, roots, requireTimestamps, threads);
    }

    public VerifyOptions requiringTimestamps(boolean require) {
        return new VerifyOptions(trustedKeys, trustedTsaRoots, require, threads);
    }
}
