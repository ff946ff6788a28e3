package org.jeli.common;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A content digest such as {@code sha256:<hex>}. Equality is constant-time so that comparing a
 * received hash with a stored one leaks nothing through timing.
 */
public final class Digest {
    private static final HexFormat HEX = HexFormat.of();

    private final Algorithm algorithm;
    private final byte[] bytes;

    /** The hash functions Jeli records. */
    public enum Algorithm {
        SHA256("sha256", "SHA-256", 32),
        SHA512("sha512", "SHA-512", 64);

        private final String label;
        private final String jcaName;
        private final int length;

        Algorithm(String label, String jcaName, int length) {
            this.label = label;
            this.jcaName = jcaName;
            this.length = length;
        }

        public String label() {
            return label;
        }

        public String jcaName() {
            return jcaName;
        }

        public int length() {
            return length;
        }

        public MessageDigest newMessageDigest() {
            try {
                return MessageDigest.getInstance(jcaName);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("JDK lacks " + jcaName, e);
            }
        }

        public static Algorithm fromLabel(String label) {
            for (Algorithm a : values()) {
                if (a.label.equals(label)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown digest algorithm");
        }
    }

    private Digest(Algorithm algorithm, byte[] bytes) {
        if (algorithm == null || bytes == null || bytes.length != algorithm.length()) {
            throw new IllegalArgumentException("digest length does not match its algorithm");
        }
        this.algorithm = algorithm;
        this.bytes = bytes.clone();
    }

    public static Digest of(Algorithm algorithm, byte[] bytes) {
        return new Digest(algorithm, bytes);
    }

    public static Digest sha256(byte[] bytes) {
        return new Digest(Algorithm.SHA256, bytes);
    }

    /** Parses {@code sha256:<hex>} or bare 64-character hex (taken as SHA-256). */
    public static Digest parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("digest is missing");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        Algorithm algorithm = colon < 0 ? Algorithm.SHA256 : Algorithm.fromLabel(t.substring(0, colon));
        String hex = colon < 0 ? t : t.substring(colon + 1);
        if (hex.length() != algorithm.length() * 2 || !hex.chars().allMatch(Digest::isHex)) {
            throw new IllegalArgumentException("digest is not " + algorithm.length() * 2 + " hex digits");
        }
        return new Digest(algorithm, HEX.parseHex(hex));
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HEX.formatHex(bytes);
    }

    /** {@code sha256:<hex>}. */
    @Override
    public String toString() {
        return algorithm.label() + ":" + hex();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Digest other && other.algorithm == algorithm && MessageDigest.isEqual(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
