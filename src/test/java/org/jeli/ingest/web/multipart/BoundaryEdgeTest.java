package org.jeli.ingest.web.multipart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jeli.ingest.web.multipart.TestBodies.ChunkedStream;
import org.jeli.ingest.web.multipart.TestBodies.ReadPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Delimiter look-alikes at every position relative to the buffer's edges, with buffers as small as
 * the delimiter itself, then seeded random bodies over many buffer, chunk and read sizes.
 */
class BoundaryEdgeTest {
    private static final String BOUNDARY = "bnd";
    private static final String DELIMITER = "\r\n--" + BOUNDARY;

    /** Every proper prefix of the delimiter, the boundary without its CRLF, and loose CR and LF. */
    private static byte[] lookalikes() {
        StringBuilder s = new StringBuilder();
        for (int k = 1; k < DELIMITER.length(); k++) {
            s.append(DELIMITER, 0, k).append('x');
        }
        s.append("--bnd").append("bnd").append("\r\n\r\n").append("\r\r\n--bn\n--bnd");
        s.append("\n\r\n-\r\n--\r").append("--bnd--").append("\r\n--bn");
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void findsOnlyRealDelimitersWhereverTheBufferEdgesFall() throws IOException {
        byte[] content = lookalikes();
        assertThat(indexOf(content, DELIMITER.getBytes(StandardCharsets.US_ASCII)))
                .isNegative();
        for (int bufferSize = DELIMITER.length(); bufferSize <= DELIMITER.length() + 24; bufferSize++) {
            for (int shift = 0; shift <= bufferSize + 2; shift++) {
                byte[] body = new TestBodies(BOUNDARY)
                        .raw("p".repeat(shift))
                        .raw("\r\n")
                        .file("file", "f.bin", content)
                        .file("file2", "g.bin", content)
                        .field("after", "")
                        .close()
                        .bytes();
                for (int maxChunk : new int[] {1, 3, Integer.MAX_VALUE}) {
                    InputStream in = new ChunkedStream(body, new Random(shift), maxChunk);
                    List<ReadPart> parts = TestBodies.readAll(in, contentType(BOUNDARY), bufferSize, 1 + shift % 5);
                    assertThat(parts)
                            .as("buffer %d, shift %d, chunk %d", bufferSize, shift, maxChunk)
                            .extracting(ReadPart::name)
                            .containsExactly("file", "file2", "after");
                    assertThat(parts.get(0).content()).isEqualTo(content);
                    assertThat(parts.get(1).content()).isEqualTo(content);
                    assertThat(parts.get(2).content()).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 42, 1234567, 20260101})
    void readsRandomBodiesExactly(long seed) throws IOException {
        System.out.println("BoundaryEdgeTest seed " + seed);
        Random random = new Random(seed);
        String boundary = randomBoundary(random);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        List<ReadPart> expected = new ArrayList<>();
        TestBodies body = new TestBodies(boundary);
        if (random.nextBoolean()) {
            body.raw("preamble").raw(randomContent(random, delimiter, 100)).raw("\r\n");
        }
        int partCount = 1 + random.nextInt(8);
        for (int i = 0; i < partCount; i++) {
            byte[] content = randomContent(random, delimiter, random.nextInt(4) == 0 ? 300_000 : 3000);
            String name = "p" + i;
            String fileName = random.nextBoolean() ? name + ".bin" : null;
            expected.add(new ReadPart(name, fileName, content));
            if (fileName == null) {
                body.part("Content-Disposition: form-data; name=\"" + name + "\"", content);
            } else {
                body.file(name, fileName, content);
            }
        }
        byte[] bytes = body.close().raw(randomContent(random, delimiter, 50)).bytes();

        int[] bufferSizes = {
            delimiter.length,
            delimiter.length + 1,
            delimiter.length + 1 + random.nextInt(16),
            delimiter.length + random.nextInt(4096),
            MultipartReader.DEFAULT_BUFFER_SIZE
        };
        for (int bufferSize : bufferSizes) {
            for (int maxChunk : new int[] {1 + random.nextInt(50), 1 + random.nextInt(100_000)}) {
                int readSize = 1 + random.nextInt(random.nextBoolean() ? 10 : 100_000);
                InputStream in = new ChunkedStream(bytes, new Random(seed), maxChunk);
                List<ReadPart> actual = TestBodies.readAll(in, contentType(boundary), bufferSize, readSize);
                String context =
                        "seed %d, buffer %d, chunk %d, read %d".formatted(seed, bufferSize, maxChunk, readSize);
                assertThat(actual).as(context).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(actual.get(i).name())
                            .as(context)
                            .isEqualTo(expected.get(i).name());
                    assertThat(actual.get(i).fileName())
                            .as(context)
                            .isEqualTo(expected.get(i).fileName());
                    assertThat(Arrays.equals(
                                    actual.get(i).content(), expected.get(i).content()))
                            .as("%s, content of part %d", context, i)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void toleratesAFirstDelimiterWithoutLeadingCrlfAtTinyBufferSizes() throws IOException {
        byte[] body = new TestBodies(BOUNDARY).field("a", "1").close().bytes();
        for (int bufferSize = DELIMITER.length(); bufferSize < DELIMITER.length() + 10; bufferSize++) {
            List<ReadPart> parts =
                    TestBodies.readAll(new ByteArrayInputStream(body), contentType(BOUNDARY), bufferSize, 1);
            assertThat(parts).singleElement().extracting(ReadPart::name).isEqualTo("a");
        }
    }

    private static String contentType(String boundary) {
        return "multipart/form-data; boundary=\"" + boundary + "\"";
    }

    private static String randomBoundary(Random random) {
        String chars = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ";
        int length = 1 + random.nextInt(70);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(chars.charAt(random.nextInt(i == length - 1 ? chars.length() - 1 : chars.length())));
        }
        return s.toString();
    }

    /** Random bytes mixed with pieces of the delimiter, never the whole delimiter. */
    private static byte[] randomContent(Random random, byte[] delimiter, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + delimiter.length);
        while (out.size() < length) {
            switch (random.nextInt(5)) {
                case 0 -> out.write(delimiter, 0, 1 + random.nextInt(delimiter.length - 1));
                case 1 -> out.write(delimiter, 2, delimiter.length - 2);
                case 2 -> out.write(random.nextBoolean() ? '\r' : '\n');
                default -> {
                    byte[] noise = new byte[1 + random.nextInt(64)];
                    random.nextBytes(noise);
                    out.writeBytes(noise);
                }
            }
        }
        byte[] content = out.toByteArray();
        for (int at = indexOf(content, delimiter); at >= 0; at = indexOf(content, delimiter)) {
            content[at] = 'x';
        }
        return content;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
