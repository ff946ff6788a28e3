package org.jeli.verify;

import static org.jeli.verify.FindingCode.BAGIT_DECLARATION_INVALID;
import static org.jeli.verify.FindingCode.BAG_INFO_INVALID;
import static org.jeli.verify.FindingCode.FILE_MISSING;
import static org.jeli.verify.FindingCode.HASH_MISMATCH;
import static org.jeli.verify.FindingCode.MANIFEST_MALFORMED;
import static org.jeli.verify.FindingCode.MANIFEST_MISSING;
import static org.jeli.verify.FindingCode.NOT_A_BAG;
import static org.jeli.verify.FindingCode.PAYLOAD_FILE_NOT_IN_MANIFEST;
import static org.jeli.verify.FindingCode.PAYLOAD_OXUM_MISMATCH;
import static org.jeli.verify.FindingCode.TAG_FILE_NOT_IN_MANIFEST;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a bag is complete and valid (RFC 8493 §3): the declaration, Payload-Oxum, every
 * payload file in every payload manifest and every tag file in every tag manifest, and every listed
 * checksum against the bytes. Jeli packages carry SHA-256 and SHA-512 manifests; both are required.
 */
final class BagVerifier {
    private static final int MAX_TAG_FILE = 64 << 20;

    private BagVerifier() {}

    /**
     * What was found, and the checksums actually computed (path to algorithm to hex) for the files
     * the manifests list.
     */
    record Result(List<Finding> findings, Map<String, Map<String, String>> computed, long payloadBytes) {
        boolean hashMatches(String path, String algorithm, String expectedHex) {
            Map<String, String> m = computed.get(path);
            return m != null && expectedHex.equalsIgnoreCase(m.get(algorithm));
        }
    }

    static Result verify(PackageFiles files, int threads) throws IOException {
        List<Finding> findings = new ArrayList<>();
        if (!files.exists(PackageLayout.BAGIT)) {
            findings.add(Finding.error(NOT_A_BAG, PackageLayout.BAGIT, "no bagit.txt at the bag's root"));
            return new Result(findings, Map.of(), 0);
        }
        checkDeclaration(files, findings);
        Map<String, Manifest> payload = manifests(files, findings, false);
        Map<String, Manifest> tags = manifests(files, findings, true);

        List<String> payloadFiles = new ArrayList<>();
        List<String> tagFiles = new ArrayList<>();
        for (String path : files.paths()) {
            if (path.startsWith(PackageLayout.DATA)) {
                payloadFiles.add(path);
            } else if (!path.startsWith("tagmanifest-")) {
                tagFiles.add(path);
            }
        }
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        listed(files, payload, true, wanted, findings);
        listed(files, tags, false, wanted, findings);
        unlisted(payloadFiles, payload, PAYLOAD_FILE_NOT_IN_MANIFEST, findings);
        unlisted(tagFiles, tags, TAG_FILE_NOT_IN_MANIFEST, findings);

        Map<String, Map<String, String>> computed = Hashing.hashAll(files, wanted, threads);
        computed.forEach((path, result) -> {
            if (result.containsKey(Hashing.UNREADABLE)) {
                findings.add(Finding.error(FindingCode.FILE_UNREADABLE, path, result.get(Hashing.UNREADABLE)));
            }
        });
        for (Manifest m : concat(payload, tags)) {
            m.checksums().forEach((path, hex) -> {
                Map<String, String> actual = computed.get(path);
                if (actual != null
                        && !actual.containsKey(Hashing.UNREADABLE)
                        && !hex.equals(actual.get(m.algorithm()))) {
                    findings.add(Finding.error(
                            HASH_MISMATCH,
                            path,
                            m.algorithm() + " expected " + hex + ", got " + actual.get(m.algorithm())));
                }
            });
        }
        long payloadBytes = checkOxum(files, payloadFiles, findings);
        return new Result(findings, computed, payloadBytes);
    }

    private static void checkDeclaration(PackageFiles files, List<Finding> findings) throws IOException {
        String text = new String(files.read(PackageLayout.BAGIT, 4096), StandardCharsets.UTF_8);
        Map<String, String> tags = TagFile.parse(text);
        if (!"1.0".equals(tags.get("BagIt-Version"))
                || !"UTF-8".equalsIgnoreCase(tags.getOrDefault("Tag-File-Character-Encoding", ""))) {
            findings.add(Finding.error(
                    BAGIT_DECLARATION_INVALID, PackageLayout.BAGIT, "expected BagIt-Version 1.0 and UTF-8"));
        }
    }

    private static Map<String, Manifest> manifests(PackageFiles files, List<Finding> findings, boolean tag)
            throws IOException {
        Map<String, Manifest> out = new LinkedHashMap<>();
        for (String algorithm : PackageLayout.ALGORITHMS) {
            String name = tag ? PackageLayout.tagManifest(algorithm) : PackageLayout.manifest(algorithm);
            if (!files.exists(name)) {
                findings.add(Finding.error(MANIFEST_MISSING, name, "a Jeli package has SHA-256 and SHA-512 manifests"));
                continue;
            }
            Manifest m = Manifest.parse(algorithm, files.read(name, MAX_TAG_FILE));
            for (String problem : m.problems()) {
                findings.add(Finding.error(MANIFEST_MALFORMED, name, problem));
            }
            for (String path : m.checksums().keySet()) {
                boolean inData = path.startsWith(PackageLayout.DATA);
                if (tag == inData || (tag && path.startsWith("tagmanifest-"))) {
                    findings.add(Finding.error(MANIFEST_MALFORMED, name, "lists " + path + " outside its scope"));
                }
            }
            out.put(name, m);
        }
        return out;
    }

    private static void listed(
            PackageFiles files,
            Map<String, Manifest> manifests,
            boolean payload,
            Map<String, Set<String>> wanted,
            List<Finding> findings) {
        Set<String> reportedMissing = new LinkedHashSet<>();
        for (Map.Entry<String, Manifest> e : manifests.entrySet()) {
            for (String path : e.getValue().checksums().keySet()) {
                if (payload != path.startsWith(PackageLayout.DATA)) {
                    continue;
                }
                if (!files.exists(path)) {
                    if (reportedMissing.add(path)) {
                        findings.add(Finding.error(FILE_MISSING, path, "listed in " + e.getKey()));
                    }
                    continue;
                }
                wanted.computeIfAbsent(path, p -> new LinkedHashSet<>())
                        .add(e.getValue().algorithm());
            }
        }
    }

    private static void unlisted(
            List<String> paths, Map<String, Manifest> manifests, FindingCode code, List<Finding> findings) {
        for (String path : paths) {
            for (Map.Entry<String, Manifest> e : manifests.entrySet()) {
                if (!e.getValue().checksums().containsKey(path)) {
                    findings.add(Finding.error(code, path, "not listed in " + e.getKey()));
                }
            }
        }
    }

    private static long checkOxum(PackageFiles files, List<String> payloadFiles, List<Finding> findings)
            throws IOException {
        long bytes = 0;
        for (String path : payloadFiles) {
            bytes += files.size(path);
        }
        if (!files.exists(PackageLayout.BAG_INFO)) {
            findings.add(Finding.error(BAG_INFO_INVALID, PackageLayout.BAG_INFO, "missing"));
            return bytes;
        }
        Map<String, String> info =
                TagFile.parse(new String(files.read(PackageLayout.BAG_INFO, MAX_TAG_FILE), StandardCharsets.UTF_8));
        String oxum = info.get("Payload-Oxum");
        String actual = bytes + "." + payloadFiles.size();
        if (oxum != null && !oxum.equals(actual)) {
            findings.add(Finding.error(
                    PAYLOAD_OXUM_MISMATCH, PackageLayout.BAG_INFO, "expected " + oxum + ", got " + actual));
        }
        return bytes;
    }

    private static List<Manifest> concat(Map<String, Manifest> a, Map<String, Manifest> b) {
        List<Manifest> out = new ArrayList<>(a.values());
        out.addAll(b.values());
        return out;
    }
}
