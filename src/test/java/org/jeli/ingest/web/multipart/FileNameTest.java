package org.jeli.ingest.web.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * File names are decoded but never sanitised: {@code ../} and separators come back as sent, and the
 * caller must not use them as paths.
 */
class FileNameTest {

    private static Part partWith(String disposition) throws IOException {
        byte[] body = TestBodies.body()
                .part("Content-Disposition: " + disposition, new byte[] {'x'})
                .close()
                .bytes();
        return new MultipartReader(new ByteArrayInputStream(body), TestBodies.CONTENT_TYPE, MultipartLimits.defaults())
                .next()
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "form-data; name=\"file\"; filename=\"report.pdf\"|report.pdf",
                "form-data; name=file; filename=report.pdf|report.pdf",
                "form-data; name=\"file\"; filename=\"say \\\"hi\\\".txt\"|say \"hi\".txt",
                "form-data; name=\"file\"; filename=\"back\\\\slash.txt\"|back\\slash.txt",
                "form-data; name=\"file\"; filename=\"a;b=c.txt\"|a;b=c.txt",
                "form-data; name=\"file\"; filename=\"C:\\Users\\ana\\photo.jpg\"|C:\\Users\\ana\\photo.jpg",
                "form-data; name=\"file\"; filename=\"../../etc/passwd\"|../../etc/passwd",
                "form-data; name=\"file\"; filename=\"تقرير.pdf\"|تقرير.pdf",
                "form-data; name=\"file\"; filename=\"élève à Besançon.jpg\"|élève à Besançon.jpg",
                "form-data; name=\"file\"; filename*=UTF-8''%D8%B4%D9%87%D8%A7%D8%AF%D8%A9.mp4|شهادة.mp4",
                "form-data; name=\"file\"; filename*=utf-8'fr'%C3%A9l%C3%A8ve%20fran%C3%A7ais.txt|élève français.txt",
                "form-data; name=\"file\"; filename=\"fallback.txt\"; filename*=UTF-8''%E2%82%AC.txt|€.txt",
                "form-data; name=\"file\"; filename*=UTF-8''%E2%82%AC.txt; filename=\"fallback.txt\"|€.txt",
                "form-data; name=\"file\"; filename*=ISO-8859-1''caf%E9.txt|café.txt",
                "form-data; name=\"file\"; filename=\"kept.txt\"; filename*=KOI8-R''%C1.txt|kept.txt",
                "form-data; name=\"file\"; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd|../../etc/passwd",
                "form-data; name=\"file\"; filename=\"\"|``",
            })
    void decodesFileNames(String disposition, String expected) throws IOException {
        assertThat(partWith(disposition).fileName()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "form-data; name=\"file\"; filename*=UTF-8''%E2%82",
                "form-data; name=\"file\"; filename*=UTF-8''%ZZ.txt",
                "form-data; name=\"file\"; filename*=UTF-8''%4",
                "form-data; name=\"file\"; filename*=UTF-8%E2%82%AC.txt",
                "form-data; name=\"file\"; filename*=UTF-8''a b.txt",
            })
    void rejectsBrokenExtendedFileNames(String disposition) {
        assertThatThrownBy(() -> partWith(disposition))
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessage("invalid filename* parameter in Content-Disposition header");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "form-data; name=\"title\"|title",
                "FORM-DATA ;NAME = \"a b\" ;|a b",
                "form-data; name=\"حقل\"|حقل",
                "form-data; name=\"../x\"|../x",
            })
    void decodesFieldNames(String disposition, String expected) throws IOException {
        Part part = partWith(disposition);
        assertThat(part.name()).isEqualTo(expected);
        assertThat(part.fileName()).isNull();
    }
}
