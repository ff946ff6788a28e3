package org.jeli.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jeli.common.Digest;
import org.jeli.verify.Manifest;
import org.jeli.verify.PackageLayout;
import org.jeli.verify.TagFile;

/**
 * Writes a BagIt 1.0 bag (RFC 8493) as a zip, streaming: payload bytes pass through once, hashed
 * with SHA-256 and SHA-512 on the way; tag files are hashed as written; the manifests and tag
 * manifests come last. Payload entries are deflated at level 0, i.e. not compressed (media is
 * already compressed, and deflating gigabytes would cost more than it saves; level 0 still streams
 * with data descriptors, where the STORED method would need each CRC before the bytes). Memory is
 * one reused buffer plus one manifest line per file.
 */
public final class BagZipWriter implements AutoCloseable {
    private static final int BUFFER = 1 << 20;

    private final ZipOutputStream zip;
    private final String root;
    private final Map<String, String> payload256 = new LinkedHashMap<>();
    private final Map<String, String> payload512 = new LinkedHashMap<>();
    private final Map<String, String> tag256 = new LinkedHashMap<>();
    private final Map<String, String> tag512 = new LinkedHashMap<>();
    private final byte[] buffer = new byte[BUFFER];
    private long payloadBytes;
    private boolean finished;

    /** @param root the bag's folder name inside the zip */
    public BagZipWriter(OutputStream out, String root) throws IOException {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.root = root + "/";
        tag(
                PackageLayout.BAGIT,
                "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 and SHA-512 of bytes written to the bag. */
    public record Hashes(Digest sha256, Digest sha512, long size) {}

    /** Streams a payload file (its path must start with {@code data/}). */
    public Hashes payload(String path, InputStream content) throws IOException {
        if (!path.startsWith(PackageLayout.DATA)) {
            throw new IllegalArgumentException("payload lives under data/");
        }
        zip.setLevel(Deflater.NO_COMPRESSION);
        Hashes h = write(path, content);
        payload256.put(path, h.sha256().hex());
        payload512.put(path, h.sha512().hex());
        payloadBytes += h.size();
        return h;
    }

    /** Writes a tag file (any path outside {@code data/}). */
    public void tag(String path, byte[] content) throws IOException {
        if (path.startsWith(PackageLayout.DATA) || path.startsWith("tagmanifest-")) {
            throw new IllegalArgumentException("not a tag file path: " + path);
        }
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        raw(path, content);
        tag256.put(
                path,
                Digest.sha256(Digest.Algorithm.SHA256.newMessageDigest().digest(content))
                        .hex());
        tag512.put(
                path,
                Digest.of(
                                Digest.Algorithm.SHA512,
                                Digest.Algorithm.SHA512.newMessageDigest().digest(content))
                        .hex());
    }

    /**
     * Writes bag-info.txt (with Payload-Oxum and Bagging-Date added), the payload manifests and the
     * tag manifests, and ends the zip.
     *
     * @return the SHA-256 of tagmanifest-sha256.txt, which names the whole bag
     */
    public Digest finish(Map<String, String> bagInfo) throws IOException {
        Map<String, String> info = new LinkedHashMap<>(bagInfo);
        info.put("Payload-Oxum", payloadBytes + "." + payload256.size());
        tag(PackageLayout.BAG_INFO, TagFile.format(info).getBytes(StandardCharsets.UTF_8));
        tag(PackageLayout.manifest("sha256"), Manifest.format(payload256).getBytes(StandardCharsets.UTF_8));
        tag(PackageLayout.manifest("sha512"), Manifest.format(payload512).getBytes(StandardCharsets.UTF_8));
        byte[] tm256 = Manifest.format(tag256).getBytes(StandardCharsets.UTF_8);
        byte[] tm512 = Manifest.format(tag512).getBytes(StandardCharsets.UTF_8);
        raw(PackageLayout.tagManifest("sha256"), tm256);
        raw(PackageLayout.tagManifest("sha512"), tm512);
        zip.finish();
        finished = true;
        return Digest.sha256(Digest.Algorithm.SHA256.newMessageDigest().digest(tm256));
    }

    /** Bytes in the payload so far. */
    public long payloadBytes() {
        return payloadBytes;
    }

    private void raw(String path, byte[] content) throws IOException {
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        zip.putNextEntry(new ZipEntry(root + path));
        zip.write(content);
        zip.closeEntry();
    }

    private Hashes write(String path, InputStream content) throws IOException {
        zip.putNextEntry(new ZipEntry(root + path));
        MessageDigest sha256 = Digest.Algorithm.SHA256.newMessageDigest();
        MessageDigest sha512 = Digest.Algorithm.SHA512.newMessageDigest();
        long size = 0;
        for (int n; (n = content.readNBytes(buffer, 0, buffer.length)) > 0; ) {
            sha256.update(buffer, 0, n);
            sha512.update(buffer, 0, n);
            zip.write(buffer, 0, n);
            size += n;
        }
        zip.closeEntry();
        return new Hashes(
                Digest.of(Digest.Algorithm.SHA256, sha256.digest()),
                Digest.of(Digest.Algorithm.SHA512, sha512.digest()),
                size);
    }

    /** Closes the zip; without {@link #finish} the zip is left incomplete on purpose (a failed export). */
    @Override
    public void close() throws IOException {
        if (finished) {
            zip.close();
        }
    }
}
