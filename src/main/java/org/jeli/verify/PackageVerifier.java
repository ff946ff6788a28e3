package org.jeli.verify;

import static org.jeli.verify.FindingCode.KEYS_INVALID;
import static org.jeli.verify.FindingCode.NOT_A_BAG;
import static org.jeli.verify.FindingCode.PACKAGE_DESCRIPTION_INVALID;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.jeli.provenance.checkpoint.VerifierKey;
import org.jeli.verify.PackageReport.CheckpointInfo;
import org.jeli.verify.PackageReport.KeyInfo;

/**
 * Verifies a Jeli evidence package offline: no server, no network, no account. Checks the bag,
 * then the log evidence, then every item, and returns everything it found as a {@link
 * PackageReport}. Problems with the package are findings; only an unreadable source throws.
 */
public final class PackageVerifier {
    private final VerifyOptions options;

    public PackageVerifier(VerifyOptions options) {
        this.options = options;
    }

    public PackageReport verify(Path source) throws IOException {
        PackageFiles files;
        try {
            files = PackageFiles.open(source);
        } catch (java.util.zip.ZipException e) {
            return unreadable(source, "not a zip file or a folder");
        }
        try (files) {
            return verify(source.toString(), files);
        }
    }

    PackageReport verify(String source, PackageFiles files) throws IOException {
        List<Finding> findings = new ArrayList<>();
        BagVerifier.Result bag = BagVerifier.verify(files, options.threads());
        findings.addAll(bag.findings());
        if (findings.stream().anyMatch(f -> f.code() == NOT_A_BAG)) {
            return new PackageReport(source, null, null, null, null, List.of(), List.of(), List.of(), findings, 0, 0);
        }
        JsonNode description;
        long checkpointSize;
        long latestSize;
        String origin;
        try {
            description = PackageJson.read(files, PackageLayout.PACKAGE);
            if (!PackageLayout.FORMAT.equals(PackageJson.text(description, "format"))) {
                throw new IOException("format is not " + PackageLayout.FORMAT);
            }
            origin = PackageJson.text(description, "origin");
            checkpointSize = PackageJson.number(description, "checkpoint");
            latestSize = PackageJson.number(description, "latest");
        } catch (IOException e) {
            findings.add(Finding.error(PACKAGE_DESCRIPTION_INVALID, PackageLayout.PACKAGE, e.getMessage()));
            return new PackageReport(
                    source, null, null, null, null, List.of(), List.of(), List.of(), findings, 0, bag.payloadBytes());
        }
        List<KeyInfo> keyInfos = new ArrayList<>();
        List<VerifierKey> packageKeys = keys(files, keyInfos, findings);
        List<VerifierKey> trusted = options.trustedKeys().isEmpty() ? packageKeys : options.trustedKeys();
        List<X509Certificate> packageRoots = roots(files, findings);
        List<X509Certificate> tsaRoots = options.trustedTsaRoots().isEmpty() ? packageRoots : options.trustedTsaRoots();
        LogEvidence log = new LogEvidence(
                files,
                origin,
                trusted,
                !options.trustedKeys().isEmpty(),
                tsaRoots,
                !options.trustedTsaRoots().isEmpty());

        LogEvidence.Checked anchor = log.checkpoint(checkpointSize);
        if (anchor.problem() != null) {
            findings.add(anchor.problem());
        }
        CheckpointInfo latest = anchor.info();
        if (latestSize != checkpointSize) {
            LogEvidence.Checked newest = log.checkpoint(latestSize);
            if (newest.problem() != null) {
                findings.add(newest.problem());
            }
            Finding consistency = latestSize > checkpointSize ? log.consistency(checkpointSize, latestSize) : null;
            if (latestSize < checkpointSize) {
                consistency = Finding.error(
                        FindingCode.CONSISTENCY_INVALID, PackageLayout.PACKAGE, "the latest checkpoint is older");
            }
            if (consistency != null) {
                findings.add(consistency);
            }
            latest = newest.info();
        }
        ItemChecker checker = new ItemChecker(files, bag, log, checkpointSize, options.requireTimestamps());
        List<ItemVerdict> items = new ArrayList<>();
        try {
            for (JsonNode item : PackageJson.array(description, "items")) {
                items.add(checker.check(item));
            }
        } catch (IOException e) {
            findings.add(Finding.error(PACKAGE_DESCRIPTION_INVALID, PackageLayout.PACKAGE, e.getMessage()));
        }
        int payloadFiles = (int) files.paths().stream()
                .filter(p -> p.startsWith(PackageLayout.DATA))
                .count();
        return new PackageReport(
                source,
                PackageJson.optionalText(description, "export"),
                origin,
                anchor.info(),
                latest,
                markPinned(keyInfos),
                tsaRoots.stream()
                        .map(c -> c.getSubjectX500Principal().getName() + " (SHA-256 " + Fingerprints.of(c) + ")")
                        .toList(),
                items,
                findings,
                payloadFiles,
                bag.payloadBytes());
    }

    private List<KeyInfo> markPinned(List<KeyInfo> infos) {
        List<String> pinned =
                options.trustedKeys().stream().map(Fingerprints::of).toList();
        return infos.stream()
                .map(k -> new KeyInfo(
                        k.label(), k.fingerprint(), k.validFrom(), k.validUntil(), pinned.contains(k.fingerprint())))
                .toList();
    }

    private static List<VerifierKey> keys(PackageFiles files, List<KeyInfo> infos, List<Finding> findings) {
        List<VerifierKey> keys = new ArrayList<>();
        try {
            for (JsonNode k : PackageJson.array(PackageJson.read(files, PackageLayout.KEYS), "keys")) {
                VerifierKey key = VerifierKey.parse(PackageJson.text(k, "verifierKey"));
                keys.add(key);
                infos.add(new KeyInfo(
                        key.label(),
                        Fingerprints.of(key),
                        PackageJson.optionalText(k, "validFrom"),
                        PackageJson.optionalText(k, "validUntil"),
                        false));
            }
        } catch (IOException | IllegalArgumentException e) {
            findings.add(Finding.error(KEYS_INVALID, PackageLayout.KEYS, e.getMessage()));
        }
        return keys;
    }

    private static List<X509Certificate> roots(PackageFiles files, List<Finding> findings) {
        if (!files.exists(PackageLayout.TSA_ROOTS)) {
            return List.of();
        }
        try {
            return readCertificates(files.read(PackageLayout.TSA_ROOTS, 1 << 20));
        } catch (IOException e) {
            findings.add(Finding.error(FindingCode.TIMESTAMP_INVALID, PackageLayout.TSA_ROOTS, e.getMessage()));
            return List.of();
        }
    }

    /** Certificates from PEM or DER bytes. */
    public static List<X509Certificate> readCertificates(byte[] bytes) throws IOException {
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (var c :
                    CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                out.add((X509Certificate) c);
            }
            return out;
        } catch (CertificateException e) {
            throw new IOException("not X.509 certificates");
        }
    }

    private static PackageReport unreadable(Path source, String why) {
        return new PackageReport(
                source.toString(),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(Finding.error(NOT_A_BAG, source.getFileName().toString(), why)),
                0,
                0);
    }
}
