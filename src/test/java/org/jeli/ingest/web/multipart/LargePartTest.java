package org.jeli.ingest.web.multipart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A 200 MiB file part, generated on the fly and never held in memory, between two fields. Asserts
 * only correctness; the throughput is printed, not asserted (speed targets live in benchmarks).
 */
class LargePartTest {
    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
    private static final long FILE_SIZE = 200L * 1024 * 1024;
    private static final int BLOCK_SIZE = 1 << 20;

    @Test
    void streamsA200MibPartExactly() throws IOException {
        byte[] block = patternBlock();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nbefore\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"video.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nafter\r\n--"
                + BOUNDARY + "--\r\n";
        InputStream body = new GeneratedBody(ascii(head), block, FILE_SIZE, ascii(tail));
        MultipartReader reader =
                new MultipartReader(body, "multipart/form-data; boundary=" + BOUNDARY, MultipartLimits.defaults());

        assertThat(reader.readText(reader.next().orElseThrow())).isEqualTo("before");
        Part file = reader.next().orElseThrow();
        assertThat(file.fileName()).isEqualTo("video.mp4");

        byte[] chunk = new byte[256 * 1024];
        long total = 0;
        long started = System.nanoTime();
        int n;
        InputStream content = file.content();
        while ((n = content.read(chunk, 0, chunk.length)) >= 0) {
            assertThat(matchesPattern(block, total, chunk, n))
                    .as("bytes at %d", total)
                    .isTrue();
            total += n;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "LargePartTest: %d MiB read and checked in %.3f s, %.0f MB/s%n",
                total >> 20, seconds, total / 1e6 / seconds);

        assertThat(total).isEqualTo(FILE_SIZE);
        assertThat(reader.readText(reader.next().orElseThrow())).isEqualTo("after");
        assertThat(reader.next()).isEmpty();
    }

    private static boolean matchesPattern(byte[] block, long offset, byte[] chunk, int n) {
        int done = 0;
        while (done < n) {
            int at = (int) ((offset + done) % BLOCK_SIZE);
            int len = Math.min(n - done, BLOCK_SIZE - at);
            if (Arrays.mismatch(block, at, at + len, chunk, done, done + len) >= 0) {
                return false;
            }
            done += len;
        }
        return true;
    }

    /** Random bytes with a near-miss of the delimiter every 4 KiB. */
    private static byte[] patternBlock() {
        byte[] block = new byte[BLOCK_SIZE];
        new Random(2026).nextBytes(block);
        byte[] nearMiss = ascii("\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "\r\n");
        for (int at = 100; at + nearMiss.length < BLOCK_SIZE; at += 4096) {
            System.arraycopy(nearMiss, 0, block, at, nearMiss.length);
        }
        return block;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** head, then {@code size} bytes of the repeated block, then tail; nothing is held but the block. */
    private static final class GeneratedBody extends InputStream {
        private final byte[] head;
        private final byte[] block;
        private final long size;
        private final byte[] tail;
        private final long total;
        private long pos;

        GeneratedBody(byte[] head, byte[] block, long size, byte[] tail) {
            this.head = head;
            this.block = block;
            this.size = size;
            this.tail = tail;
            this.total = head.length + size + tail.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= total) {
                return -1;
            }
            int n;
            if (pos < head.length) {
                n = Math.min(len, head.length - (int) pos);
                System.arraycopy(head, (int) pos, b, off, n);
            } else if (pos < head.length + size) {
                long inFile = pos - head.length;
                int at = (int) (inFile % block.length);
                n = (int) Math.min(Math.min(len, block.length - at), size - inFile);
                System.arraycopy(block, at, b, off, n);
            } else {
                int at = (int) (pos - head.length - size);
                n = Math.min(len, tail.length - at);
                System.arraycopy(tail, at, b, off, n);
            }
            pos += n;
            return n;
        }
    }
}
