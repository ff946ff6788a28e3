package org.jeli.verify;

/**
 * Where things live in a Jeli evidence package (format {@value #FORMAT}): a BagIt 1.0 bag (RFC
 * 8493) whose tag files under {@code jeli/} carry the provenance. The exporter writes exactly these
 * names and the verifier reads exactly these; docs/evidence-packages.md describes each file.
 */
public final class PackageLayout {
    /** The value of {@code format} in {@link #PACKAGE}. */
    public static final String FORMAT = "jeli-package/1";

    public static final String BAGIT = "bagit.txt";
    public static final String BAG_INFO = "bag-info.txt";
    public static final String DATA = "data/";
    public static final String DERIVATIVES = "data/derivatives/";
    public static final String PACKAGE = "jeli/package.json";
    public static final String KEYS = "jeli/log/keys.json";
    public static final String TSA_ROOTS = "jeli/log/tsa-roots.pem";
    public static final String REPORT_PREFIX = "jeli/report.";

    /** Payload and tag manifests, strongest last; the verifier checks every one present. */
    public static final String[] ALGORITHMS = {"sha256", "sha512"};

    private PackageLayout() {}

    public static String manifest(String algorithm) {
        return "manifest-" + algorithm + ".txt";
    }

    public static String tagManifest(String algorithm) {
        return "tagmanifest-" + algorithm + ".txt";
    }

    public static String itemFolder(String itemId) {
        return "jeli/items/" + itemId + "/";
    }

    public static String custody(String itemId) {
        return itemFolder(itemId) + "custody.json";
    }

    public static String metadata(String itemId) {
        return itemFolder(itemId) + "metadata.json";
    }

    public static String premis(String itemId) {
        return itemFolder(itemId) + "premis.xml";
    }

    public static String itemReport(String itemId, String lang) {
        return itemFolder(itemId) + "report." + lang + ".html";
    }

    public static String checkpoint(long size) {
        return "jeli/log/checkpoints/" + size + ".txt";
    }

    public static String consistency(long size1, long size2) {
        return "jeli/log/consistency/" + size1 + "-" + size2 + ".json";
    }

    public static String timestamp(long size, int n) {
        return "jeli/log/timestamps/" + size + "-" + n + ".tsr";
    }

    public static String packageReport(String lang) {
        return REPORT_PREFIX + lang + ".html";
    }
}
