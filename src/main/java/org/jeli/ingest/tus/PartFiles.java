package org.jeli.ingest.tus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Cipher;

/**
 * The bytes of unfinished uploads: one folder per upload (mode 700), one segment file per accepted
 * PATCH (mode 600) named after its starting offset. A segment is a fresh random 16-byte counter
 * block followed by the bytes encrypted with AES-256-CTR under the upload's key, so no keystream is
 * ever reused even when a discarded chunk is sent again. Durable: a segment is fsynced, and its
 * folder too, before the caller records the new offset; anything past the recorded offset (a crash
 * between the two) is cut off by {@link #reconcile} before the next write.
 */
public final class PartFiles {
    static final int IV_LENGTH = 16;
    private static final int BUFFER = 256 * 1024;
    private static final Pattern SEGMENT = Pattern.compile("\\d{20}\\.seg");
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path root;
    private final SecureRandom random;

    public PartFiles(Path root, SecureRandom random) {
        this.root = root.toAbsolutePath().normalize();
        this.random = random;
    }

    /** What one PATCH body left on disk. */
    public record Written(long bytes, boolean sourceFailed, boolean exceeded) {}

    /** One segment: its first offset and how many bytes it holds. */
    record Segment(Path file, long start, long length) {
        long end() {
            return start + length;
        }
    }

    public Path root() {
        return root;
    }

    /**
     * Streams {@code in} into a new segment at {@code offset}: at most {@code remaining} bytes (a
     * longer body stops there with {@code exceeded}), feeding {@code checksum} when given. A failing
     * source ends the segment where it broke ({@code sourceFailed}); what arrived is kept durable.
     */
    public Written append(UUID id, byte[] key, long offset, InputStream in, long remaining, MessageDigest checksum)
            throws IOException {
        Path dir = directory(id);
        Path file = dir.resolve(name(offset));
        Files.deleteIfExists(file);
        byte[] iv = new byte[IV_LENGTH];
        random.nextBytes(iv);
        Cipher cipher = PartCipher.of(key, iv);
        long n = 0;
        boolean failed = false;
        boolean exceeded = false;
        try (FileChannel ch =
                FileChannel.open(file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), fileMode())) {
            writeFully(ch, iv, IV_LENGTH);
            byte[] buf = new byte[BUFFER];
            byte[] out = new byte[BUFFER];
            while (true) {
                int r;
                try {
                    r = in.read(buf);
                } catch (IOException e) {
                    failed = true;
                    break;
                }
                if (r < 0) {
                    break;
                }
                if (n + r > remaining) {
                    exceeded = true;
                    break;
                }
                if (checksum != null) {
                    checksum.update(buf, 0, r);
                }
                writeFully(ch, out, PartCipher.update(cipher, buf, r, out));
                n += r;
            }
            ch.force(true);
        }
        fsync(dir);
        return new Written(n, failed, exceeded);
    }

    /** Removes the segment that starts at {@code offset} (a refused chunk). */
    public void discard(UUID id, long offset) throws IOException {
        Files.deleteIfExists(directory(id).resolve(name(offset)));
    }

    /** Cuts off everything at or past {@code acknowledged}: bytes written but never acknowledged. */
    public void reconcile(UUID id, long acknowledged) throws IOException {
        for (Segment s : segments(id)) {
            if (s.start() >= acknowledged || s.length() < 0) {
                Files.deleteIfExists(s.file());
            } else if (s.end() > acknowledged) {
                try (FileChannel ch = FileChannel.open(s.file(), StandardOpenOption.WRITE)) {
                    ch.truncate(IV_LENGTH + acknowledged - s.start());
                    ch.force(true);
                }
            }
        }
    }

    /** The plaintext of the first {@code length} bytes; fails if a segment is missing. */
    public InputStream open(UUID id, byte[] key, long length) throws IOException {
        List<Segment> chain = new ArrayList<>();
        long next = 0;
        for (Segment s : segments(id)) {
            if (next >= length) {
                break;
            }
            if (s.start() != next || s.length() <= 0) {
                throw new IOException("the part files of an upload are not contiguous");
            }
            chain.add(s);
            next = s.end();
        }
        if (next < length) {
            throw new IOException("the part files of an upload are shorter than its offset");
        }
        return new PartInputStream(chain, key, length);
    }

    /** Removes the upload's folder and everything in it. Idempotent. */
    public void delete(UUID id) throws IOException {
        Path dir = root.resolve(id.toString());
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** Whether any byte of this upload is on disk. */
    public boolean exists(UUID id) {
        return Files.exists(root.resolve(id.toString()));
    }

    List<Segment> segments(UUID id) throws IOException {
        Path dir = root.resolve(id.toString());
        List<Segment> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                if (SEGMENT.matcher(n).matches()) {
                    out.add(new Segment(f, Long.parseLong(n.substring(0, 20)), size(f) - IV_LENGTH));
                }
            }
        }
        out.sort(Comparator.comparingLong(Segment::start));
        return out;
    }

    private Path directory(UUID id) throws IOException {
        if (!Files.isDirectory(root)) {
            Files.createDirectories(root, dirMode());
        }
        Path dir = root.resolve(id.toString());
        if (!Files.isDirectory(dir)) {
            Files.createDirectory(dir, dirMode());
            fsync(root);
        }
        return dir;
    }

    private static long size(Path f) throws IOException {
        try {
            return Files.size(f);
        } catch (NoSuchFileException e) {
            return IV_LENGTH;
        }
    }

    private static String name(long offset) {
        return String.format("%020d.seg", offset);
    }

    private static void writeFully(FileChannel ch, byte[] b, int len) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(b, 0, len);
        while (buffer.hasRemaining()) {
            ch.write(buffer);
        }
    }

    private static void fsync(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some filesystems cannot open a directory for fsync; the file itself was forced.
        }
    }

    private static FileAttribute<?>[] dirMode() {
        return POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
                }
                : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] fileMode() {
        return POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }
}
