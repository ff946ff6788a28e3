package org.jeli.provenance.merkle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Log entries for tests: distinct, so that no two leaves share a hash. */
final class Entries {
    private Entries() {}

    static List<byte[]> numbered(int count) {
        List<byte[]> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            entries.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    /** Random 20-byte entries whose first four bytes are their index, so they are distinct. */
    static List<byte[]> random(Random random, int count) {
        List<byte[]> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] entry = new byte[20];
            random.nextBytes(entry);
            entry[0] = (byte) (i >>> 24);
            entry[1] = (byte) (i >>> 16);
            entry[2] = (byte) (i >>> 8);
            entry[3] = (byte) i;
            entries.add(entry);
        }
        return entries;
    }

    static List<byte[]> leafHashes(List<byte[]> entries) {
        return entries.stream().map(MerkleHash::leafHash).toList();
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Entries::hex).toList();
    }
}
