package org.jeli.metadata.tika;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.metadata.Metadata;
import org.jeli.metadata.NormalizedMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TikaNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-05-14T14:22:33|2023-05-14T14:22:33",
                "2023-05-14T14:22|2023-05-14T14:22:00",
                "2023:05:14 14:22:33|2023-05-14T14:22:33",
                "2023-05-14T14:22:33Z|2023-05-14T14:22:33Z",
                "2023-05-14T14:22:33+00:00|2023-05-14T14:22:33Z",
                "2023-05-14T16:22:33+02:00|2023-05-14T16:22:33+02:00",
                "2023-05-14T14:22:33.250Z|2023-05-14T14:22:33.25Z",
                "2023-05-14|2023-05-14",
                "1904-01-01T00:00:00Z|",
                "1970-01-01T00:00:00Z|",
                "0000:00:00 00:00:00|",
                "yesterday|",
                "|",
            })
    void capturedAtIsIsoWithoutAnInventedZone(String tika, String expected) {
        assertThat(TikaNormalizer.isoDateTime(tika)).isEqualTo(expected);
    }

    @Test
    void exifOriginalTimeWinsOverCreated() {
        Metadata m = new Metadata();
        m.set("dcterms:created", "2024-01-01T00:00:00");
        m.set("exif:DateTimeOriginal", "2023-05-14T14:22:33");

        assertThat(normalize(m).capturedAt()).isEqualTo("2023-05-14T14:22:33");
    }

    @Test
    void unsetMp4CreationTimeFallsThroughToNothing() {
        Metadata m = new Metadata();
        m.set("dcterms:created", "1904-01-01T00:00:00Z");

        assertThat(normalize(m).capturedAt()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2.0, 2.0", "3.5526585578918457, 3.5526585578918457", "00:01:03.50, 63.5", "-1, ", "NaN, ", "abc, "})
    void durationIsSeconds(String tika, Double seconds) {
        assertThat(TikaNormalizer.duration(tika)).isEqualTo(seconds);
    }

    @Test
    void positionNeedsBothCoordinatesInRange() {
        Metadata m = new Metadata();
        m.set("geo:lat", "91.0");
        m.set("geo:long", "-8.0");
        assertThat(normalize(m).gpsLatitude()).isNull();
        assertThat(normalize(m).gpsLongitude()).isNull();

        m.set("geo:lat", "12.5");
        assertThat(normalize(m).gpsLatitude()).isEqualTo(12.5);
        assertThat(normalize(m).gpsLongitude()).isEqualTo(-8.0);
    }

    @Test
    void otherFieldsComeFromTheirTikaNames() {
        Metadata m = new Metadata();
        m.set("tiff:ImageWidth", "1920");
        m.set("tiff:ImageLength", "1080 pixels");
        m.set("xmpDM:videoCompressor", "avc1");
        m.set("xmpDM:audioCompressor", "M4A");
        m.set("xmpTPg:NPages", "12");
        m.set("dc:language", "fr-ML");
        m.set("tiff:Make", "  TECNO\u0000 ");

        NormalizedMetadata n = normalize(m);

        assertThat(n.width()).isEqualTo(1920);
        assertThat(n.height()).isEqualTo(1080);
        assertThat(n.codecs()).isEqualTo("avc1, M4A");
        assertThat(n.pageCount()).isEqualTo(12);
        assertThat(n.language()).isEqualTo("fr-ML");
        assertThat(n.deviceMake()).isEqualTo("TECNO");
        assertThat(n.mediaType()).isEqualTo("video/mp4");
    }

    @Test
    void implausibleValuesAreDropped() {
        Metadata m = new Metadata();
        m.set("tiff:ImageWidth", "0");
        m.set("xmpTPg:NPages", "many");
        m.set("dc:language", "<script>");

        NormalizedMetadata n = normalize(m);

        assertThat(n.width()).isNull();
        assertThat(n.pageCount()).isNull();
        assertThat(n.language()).isNull();
    }

    @Test
    void rawValuesAreBoundedAndExceptionsKeepTheirFirstLine() {
        Metadata m = new Metadata();
        m.set("comment", "z".repeat(RawMetadata.MAX_VALUE_CHARS + 10));
        m.set("X-TIKA:EXCEPTION:warn", "java.io.EOFException: End\n\tat org.apache.Foo.bar(Foo.java:1)");

        RawMetadata raw = RawMetadata.from(m);

        assertThat(raw.first("comment"))
                .hasSize(RawMetadata.MAX_VALUE_CHARS + 1)
                .endsWith("…");
        assertThat(raw.first("X-TIKA:EXCEPTION:warn")).isEqualTo("java.io.EOFException: End");
    }

    private static NormalizedMetadata normalize(Metadata m) {
        return TikaNormalizer.normalize("video/mp4", RawMetadata.from(m));
    }
}
