package org.jeli.ingest.web.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jeli.ingest.web.multipart.TestBodies.CONTENT_TYPE;
import static org.jeli.ingest.web.multipart.TestBodies.body;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.apache.http.entity.mime.MultipartEntityBuilder;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {

    private static MultipartReader reader(byte[] body) {
        return new MultipartReader(new ByteArrayInputStream(body), CONTENT_TYPE, MultipartLimits.defaults());
    }

    private static Part next(MultipartReader reader) throws IOException {
        return reader.next().orElseThrow();
    }

    @Test
    void readsFieldsBeforeAndAfterTheFile() throws IOException {
        byte[] file = new byte[300_000];
        new Random(7).nextBytes(file);
        byte[] body = body().field("title", "Witness statement")
                .file("file", "statement.pdf", file)
                .field("language", "fr")
                .close()
                .bytes();

        MultipartReader reader = reader(body);
        Part title = next(reader);
        assertThat(title.name()).isEqualTo("title");
        assertThat(title.fileName()).isNull();
        assertThat(title.contentType()).isNull();
        assertThat(reader.readText(title)).isEqualTo("Witness statement");

        Part filePart = next(reader);
        assertThat(filePart.name()).isEqualTo("file");
        assertThat(filePart.fileName()).isEqualTo("statement.pdf");
        assertThat(filePart.contentType()).isEqualTo("application/octet-stream");
        assertThat(filePart.headers()).containsOnlyKeys("content-disposition", "content-type");
        assertThat(filePart.content().readAllBytes()).isEqualTo(file);

        Part language = next(reader);
        assertThat(reader.readText(language)).isEqualTo("fr");
        assertThat(reader.next()).isEmpty();
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void ignoresPreambleAndEpilogueAndToleratesTransportPadding() throws IOException {
        byte[] body = ("This is a preamble.\r\n--bound \t\r\n"
                        + "Content-Disposition: form-data; name=\"a\"\r\n\r\n"
                        + "one\r\n--bound\t\r\n"
                        + "Content-Disposition: form-data; name=\"b\"\r\n\r\n"
                        + "two\r\n--bound--  \r\nepilogue, never read as a part\r\n--bound\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        MultipartReader reader = reader(body);
        assertThat(reader.readText(next(reader))).isEqualTo("one");
        assertThat(reader.readText(next(reader))).isEqualTo("two");
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void acceptsABodyThatStartsWithCrlfBeforeTheFirstDelimiter() throws IOException {
        byte[] body = body().raw("\r\n").field("a", "x").close().bytes();
        MultipartReader reader = reader(body);
        assertThat(reader.readText(next(reader))).isEqualTo("x");
    }

    @Test
    void readsAnEmptyPart() throws IOException {
        byte[] body = body().field("empty", "")
                .file("file", "empty.bin", new byte[0])
                .close()
                .bytes();
        MultipartReader reader = reader(body);
        assertThat(reader.readText(next(reader))).isEmpty();
        Part file = next(reader);
        assertThat(file.fileName()).isEqualTo("empty.bin");
        assertThat(file.content().read(new byte[10])).isEqualTo(-1);
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void skipsUnreadAndHalfReadParts() throws IOException {
        byte[] big = new byte[200_000];
        new Random(3).nextBytes(big);
        byte[] body = body().file("skipped", "a.bin", big)
                .file("half", "b.bin", big)
                .field("last", "kept")
                .close()
                .bytes();
        MultipartReader reader =
                new MultipartReader(new ByteArrayInputStream(body), CONTENT_TYPE, MultipartLimits.defaults(), 1024);
        next(reader);
        Part half = next(reader);
        assertThat(half.content().readNBytes(5000)).isEqualTo(Arrays.copyOf(big, 5000));
        assertThat(half.content().skip(100)).isPositive();
        Part last = next(reader);
        assertThat(last.name()).isEqualTo("last");
        assertThat(reader.readText(last)).isEqualTo("kept");
        assertThatThrownBy(() -> half.content().read()).isInstanceOf(IOException.class);
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void contentReadsReturnLargeChunks() throws IOException {
        byte[] big = new byte[1 << 20];
        new Random(5).nextBytes(big);
        MultipartReader reader =
                reader(body().file("file", "big.bin", big).close().bytes());
        InputStream content = next(reader).content();
        byte[] chunk = new byte[64 * 1024];
        int reads = 0;
        long total = 0;
        int n;
        while ((n = content.read(chunk, 0, chunk.length)) >= 0) {
            total += n;
            reads++;
        }
        assertThat(total).isEqualTo(big.length);
        assertThat(reads).isLessThanOrEqualTo(2 * big.length / chunk.length + 2);
    }

    @Test
    void unfoldsHeadersAndLowerCasesTheirNames() throws IOException {
        byte[] body = body().part(
                        "CONTENT-DISPOSITION: form-data;\r\n\tname=\"folded\";\r\n filename=\"f.txt\"\r\n"
                                + "Content-Type: text/plain; charset=utf-8\r\nX-Extra: 1\r\nx-extra: 2",
                        "v".getBytes(StandardCharsets.US_ASCII))
                .close()
                .bytes();
        Part part = next(reader(body));
        assertThat(part.name()).isEqualTo("folded");
        assertThat(part.fileName()).isEqualTo("f.txt");
        assertThat(part.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(part.headers().get("x-extra")).containsExactly("1", "2");
    }

    @Test
    void readsWhatApacheHttpClientSends() throws IOException {
        byte[] file = "%PDF-1.7 \r\n--not-the-boundary\r\n".getBytes(StandardCharsets.US_ASCII);
        var entity = MultipartEntityBuilder.create()
                .setMode(HttpMultipartMode.RFC6532)
                .setCharset(StandardCharsets.UTF_8)
                .addTextBody("title", "Témoignage", ContentType.create("text/plain", StandardCharsets.UTF_8))
                .addBinaryBody("file", file, ContentType.APPLICATION_OCTET_STREAM, "شهادة.pdf")
                .build();
        var bytes = new ByteArrayOutputStream();
        entity.writeTo(bytes);

        MultipartReader reader = new MultipartReader(
                new ByteArrayInputStream(bytes.toByteArray()),
                entity.getContentType().getValue(),
                MultipartLimits.defaults());
        assertThat(reader.readText(next(reader))).isEqualTo("Témoignage");
        Part part = next(reader);
        assertThat(part.fileName()).isEqualTo("شهادة.pdf");
        assertThat(part.content().readAllBytes()).isEqualTo(file);
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void rejectsMorePartsThanTheLimit() throws IOException {
        TestBodies body = body();
        for (int i = 0; i < 4; i++) {
            body.field("f" + i, "v");
        }
        MultipartReader reader = new MultipartReader(
                new ByteArrayInputStream(body.close().bytes()), CONTENT_TYPE, new MultipartLimits(3, 1024, 1024));
        next(reader);
        next(reader);
        next(reader);
        assertThatThrownBy(reader::next)
                .isInstanceOf(MultipartLimitException.class)
                .hasMessage("body has more than 3 parts");
        assertThatThrownBy(reader::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptsExactlyTheLimitOfParts() throws IOException {
        byte[] body = body().field("a", "1").field("b", "2").close().bytes();
        MultipartReader reader =
                new MultipartReader(new ByteArrayInputStream(body), CONTENT_TYPE, new MultipartLimits(2, 1024, 1024));
        next(reader);
        next(reader);
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void rejectsAnOversizedHeaderBlock() {
        String secret = "x".repeat(2000);
        byte[] body = body().part("Content-Disposition: form-data; name=\"a\"\r\nX-Pad: " + secret, new byte[0])
                .close()
                .bytes();
        MultipartReader reader =
                new MultipartReader(new ByteArrayInputStream(body), CONTENT_TYPE, new MultipartLimits(8, 1024, 1024));
        assertThatThrownBy(reader::next)
                .isInstanceOf(MultipartLimitException.class)
                .hasMessage("part headers exceed 1024 bytes");
    }

    @Test
    void rejectsAnOversizedFieldNamingItButNotItsContent() throws IOException {
        byte[] body = body().field("description", "secret ".repeat(20)).close().bytes();
        MultipartReader reader =
                new MultipartReader(new ByteArrayInputStream(body), CONTENT_TYPE, new MultipartLimits(8, 1024, 100));
        Part part = next(reader);
        assertThatThrownBy(() -> reader.readText(part))
                .isInstanceOf(MultipartLimitException.class)
                .hasMessage("field 'description' exceeds 100 bytes");
    }

    @Test
    void acceptsAFieldOfExactlyTheLimit() throws IOException {
        byte[] body = body().field("f", "é".repeat(50)).close().bytes();
        MultipartReader reader =
                new MultipartReader(new ByteArrayInputStream(body), CONTENT_TYPE, new MultipartLimits(8, 1024, 100));
        assertThat(reader.readText(next(reader))).isEqualTo("é".repeat(50));
    }

    @Test
    void rejectsAFieldThatIsNotUtf8() throws IOException {
        byte[] body = body().part(
                        "Content-Disposition: form-data; name=\"note\"", new byte[] {'a', (byte) 0xC3, (byte) 0x28})
                .close()
                .bytes();
        MultipartReader reader = reader(body);
        Part part = next(reader);
        assertThatThrownBy(() -> reader.readText(part))
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessage("field 'note' is not valid UTF-8");
    }

    @Test
    void doesNotEchoAnOddFieldNameInMessages() throws IOException {
        byte[] body = body().field("<script>", "x".repeat(200)).close().bytes();
        MultipartReader reader =
                new MultipartReader(new ByteArrayInputStream(body), CONTENT_TYPE, new MultipartLimits(8, 1024, 100));
        Part part = next(reader);
        assertThatThrownBy(() -> reader.readText(part)).hasMessageNotContaining("script");
    }

    @Test
    void everyTruncationOfABodyIsMalformed() throws IOException {
        byte[] body = body().field("a", "one")
                .file("file", "f.bin", "\r\n--boun\r\n-".getBytes(StandardCharsets.US_ASCII))
                .close()
                .bytes();
        int closeLineStart = body.length - "\r\n--bound--\r\n".length();
        for (int cut = 0; cut < closeLineStart + "\r\n--bound--".length(); cut++) {
            byte[] truncated = Arrays.copyOf(body, cut);
            assertThatThrownBy(() -> TestBodies.readAll(new ByteArrayInputStream(truncated), CONTENT_TYPE, 64, 7))
                    .as("cut at %d", cut)
                    .isInstanceOf(MalformedMultipartException.class);
        }
    }

    @Test
    void truncationSurfacesFromContentReads() throws IOException {
        byte[] body = body().file("file", "f.bin", new byte[5000]).bytes();
        Part part = next(reader(body));
        assertThatThrownBy(() -> part.content().readAllBytes())
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessage("multipart body ended before its closing boundary");
    }

    @Test
    void rejectsMalformedPartHeaders() {
        List<String> headerBlocks = List.of(
                "",
                "Content-Type: text/plain",
                "Content-Disposition: attachment; name=\"a\"",
                "Content-Disposition: form-data; filename=\"a\"",
                "Content-Disposition: form-data; name=\"a\"; name=\"b\"",
                "Content-Disposition: form-data; name=\"a",
                "Content-Disposition: form-data; name=\"a\"\r\nContent-Disposition: form-data; name=\"b\"",
                " folded: first",
                "Bad Name: x\r\nContent-Disposition: form-data; name=\"a\"",
                "Content-Disposition: form-data; name=\"a\"\nX: bare-lf",
                "Content-Disposition: form-data; name=\"a\"\r\nX: nul\0");
        for (String headers : headerBlocks) {
            byte[] body = body().part(headers, new byte[] {'v'}).close().bytes();
            assertThatThrownBy(() -> reader(body).next()).as(headers).isInstanceOf(MalformedMultipartException.class);
        }
    }

    @Test
    void rejectsGarbageAfterADelimiter() {
        byte[] body = "--bound\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--boundary-longer\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        MultipartReader reader = reader(body);
        assertThatThrownBy(() -> {
                    reader.next();
                    reader.next();
                })
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessage("malformed boundary line");
    }

    @Test
    void rejectsABodyWithoutAnyDelimiter() {
        byte[] body = "just some text".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader(body).next()).isInstanceOf(MalformedMultipartException.class);
        assertThatThrownBy(() -> reader(new byte[0]).next()).isInstanceOf(MalformedMultipartException.class);
    }
}
