package org.jeli.ingest.web.multipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoundaryTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "multipart/form-data; boundary=abc|abc",
                "multipart/form-data; boundary=\"abc\"|abc",
                "Multipart/Form-Data;boundary=abc;charset=UTF-8|abc",
                "multipart/form-data; charset=utf-8; BOUNDARY = \"a b'()+_,-./:=?\"|a b'()+_,-./:=?",
                "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW|----WebKitFormBoundary7MA4YWxkTrZu0gW",
                "multipart/form-data; boundary=------------------------d74496d66958873e|------------------------d74496d66958873e",
            })
    void extractsTheBoundary(String contentType, String boundary) {
        assertThat(new String(Boundary.fromContentType(contentType), StandardCharsets.US_ASCII))
                .isEqualTo(boundary);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "multipart/form-data",
                "multipart/form-data; charset=utf-8",
                "multipart/form-data; boundary=",
                "multipart/form-data; boundary=\"\"",
                "multipart/form-data; boundary=\"abc \"",
                "multipart/form-data; boundary=ab<c",
                "multipart/form-data; boundary=\"ab\\\"c\"",
                "multipart/form-data; boundary=a; boundary=b",
                "multipart/form-data; boundary=\"abc",
                "multipart/mixed; boundary=abc",
                "application/octet-stream",
            })
    void rejectsAMissingOrInvalidBoundary(String contentType) {
        assertThatThrownBy(() -> new MultipartReader(
                        new ByteArrayInputStream(new byte[0]), contentType, MultipartLimits.defaults()))
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessageNotContaining("ab<c");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 70})
    void acceptsBoundariesOfOneToSeventyCharacters(int length) {
        assertThat(Boundary.fromContentType("multipart/form-data; boundary=" + "x".repeat(length)))
                .hasSize(length);
    }

    @ParameterizedTest
    @ValueSource(ints = {71, 200})
    void rejectsBoundariesLongerThanSeventyCharacters(int length) {
        assertThatThrownBy(() -> Boundary.fromContentType("multipart/form-data; boundary=" + "x".repeat(length)))
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessage("invalid boundary parameter in Content-Type header");
    }

    @Test
    void rejectsANullContentType() {
        assertThatThrownBy(() -> Boundary.fromContentType(null))
                .isInstanceOf(MalformedMultipartException.class)
                .hasMessage("missing Content-Type header");
    }
}
