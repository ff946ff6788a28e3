package org.jeli.hostile;

import static org.jeli.hostile.HostileCase.active;
import static org.jeli.hostile.HostileCase.file;
import static org.jeli.hostile.HostileCase.refused;
import static org.jeli.hostile.HostileFiles.*;
import static org.jeli.hostile.HostileMedia.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jeli.testsupport.ExifJpegWriter;

/** The cases of the hostile corpus, each named after the outcome it must produce. */
final class HostileCorpus {

    static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    static final String SQL = "'; DROP TABLE items; -- \" OR 1=1 --";

    private HostileCorpus() {}

    /** French text with invalid UTF-8 sequences (a lone continuation, an overlong form, a surrogate). */
    static byte[] invalidUtf8Text() {
        byte[] text =
                "Témoignage du marché de Boni, le 14 mai 2023. ".repeat(20).getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xc3, 0x28, (byte) 0x80, (byte) 0xc0, (byte) 0xaf, (byte) 0xed, (byte) 0xa0, (byte) 0x80};
        return concat(text, bad, text);
    }

    private static final String OPUS = "PTT-20230514-WA0007.opus";
    private static final String MP4 = "video-2s-160x120-created-2023-05-14T14-22-33Z.mp4";

    static List<HostileCase> cases() {
        return List.of(
                file("LIMIT-zip-bomb-high-ratio", "bomb.zip", () -> zipBomb(200), "LIMIT"),
                file("LIMIT-zip-bomb-overlapping-entries", "overlap.zip", () -> overlappingZip(500), "LIMIT"),
                file("LIMIT-zip-bomb-nested-past-the-depth-limit", "nested.zip", () -> nestedZip(12), "LIMIT"),
                file("OK-gzip-bomb-of-zeros-read-within-limits", "bomb.gz", () -> gzipBomb(200), "OK"),
                file(
                        "FAILED-docx-external-entity-refused",
                        "xxe.docx",
                        () -> docx(wordDocument(EXTERNAL_ENTITY, "&xxe;")),
                        "FAILED"),
                file(
                        "FAILED-docx-entity-expansion-refused",
                        "laughs.docx",
                        () -> docx(wordDocument(entityExpansion(), "&l9;")),
                        "FAILED"),
                active(
                        "OK-svg-external-entity-not-resolved",
                        "xxe.svg",
                        () -> resource("svg-external-entity.svg"),
                        "OK"),
                active(
                        "FAILED-svg-entity-expansion-refused",
                        "laughs.svg",
                        () -> resource("svg-entity-expansion.svg"),
                        "FAILED"),
                file(
                        "OK-xmp-external-entity-not-resolved",
                        "xmp-xxe.jpg",
                        () -> xmpJpeg(EXTERNAL_ENTITY.replace("d [", "x:xmpmeta ["), "&xxe;"),
                        "OK"),
                file(
                        "OK-xmp-entity-expansion-not-expanded",
                        "xmp-laughs.jpg",
                        () -> xmpJpeg(entityExpansion().replace("d [", "x:xmpmeta ["), "&l9;"),
                        "OK"),
                file(
                        "OK-png-pixel-flood-read-without-decoding",
                        "flood.png",
                        () -> pngPixelFlood(1_000_000, 1_000_000),
                        "OK"),
                file("OK-jpeg-pixel-flood-read-without-decoding", "flood.jpg", HostileMedia::jpegPixelFlood, "OK"),
                file(
                        "FAILED-jpeg-truncated",
                        "truncated.jpg",
                        () -> truncated(ExifJpegWriter.plainJpeg(), 0.1),
                        "FAILED"),
                file(
                        "FAILED-jpeg-garbage",
                        "garbage.jpg",
                        () -> concat(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, random(1, 50_000)),
                        "FAILED"),
                file("OK-mp4-truncated-header-still-read", "truncated.mp4", () -> truncated(media(MP4), 0.5), "OK"),
                file(
                        "OK-mp4-garbage-after-header",
                        "garbage.mp4",
                        () -> concat(truncated(media(MP4), 0.01), random(2, 50_000)),
                        "OK"),
                file("OK-opus-truncated-header-still-read", "truncated.opus", () -> truncated(media(OPUS), 0.5), "OK"),
                file(
                        "FAILED-opus-garbage",
                        "garbage.opus",
                        () -> concat("OggS".getBytes(StandardCharsets.US_ASCII), random(3, 50_000)),
                        "FAILED"),
                file("OK-exif-huge-block-bounded", "huge-exif.jpg", HostileMedia::hugeExif, "OK"),
                file("OK-xmp-huge-block-bounded", "huge-xmp.jpg", () -> xmpJpeg("", "B".repeat(60_000)), "OK"),
                file(
                        "OK-polyglot-jpeg-zip-stays-an-image",
                        "polyglot.jpg",
                        () -> concat(
                                ExifJpegWriter.plainJpeg(), zip("inner.html", SCRIPT.getBytes(StandardCharsets.UTF_8))),
                        "OK"),
                active(
                        "OK-polyglot-pdf-html-never-inline",
                        "polyglot.html",
                        () -> concat(resource("pdf-with-javascript.pdf"), resource("html-with-script.html")),
                        "OK"),
                active(
                        "OK-extension-lies-pdf-named-jpg-typed-by-content",
                        "photo.jpg",
                        () -> resource("pdf-with-javascript.pdf"),
                        "OK"),
                active("OK-svg-with-script-never-inline", "script.svg", () -> resource("svg-with-script.svg"), "OK"),
                active(
                        "OK-html-with-script-never-inline",
                        "script.html",
                        () -> resource("html-with-script.html"),
                        "OK"),
                active(
                        "OK-pdf-with-javascript-never-inline",
                        "js.pdf",
                        () -> resource("pdf-with-javascript.pdf"),
                        "OK"),
                file("UNSUPPORTED-empty-file", "empty.txt", () -> new byte[0], "UNSUPPORTED"),
                active("OK-deeply-nested-xml", "deep.xml", () -> deeplyNestedXml(1_000), "OK"),
                file("OK-invalid-utf8-text-preserved", "invalid.txt", HostileCorpus::invalidUtf8Text, "OK"),
                file(
                        "OK-script-and-sql-text-stored-verbatim",
                        "text.txt",
                        () -> (SCRIPT + SQL).getBytes(StandardCharsets.UTF_8),
                        "OK"),
                file("OK-file-name-with-dot-dot-only-a-claim", "../../../etc/passwd", ExifJpegWriter::plainJpeg, "OK"),
                file(
                        "OK-file-name-with-right-to-left-override-only-a-claim",
                        "photo\u202Egpj.exe",
                        ExifJpegWriter::plainJpeg,
                        "OK"),
                file(
                        "OK-file-name-of-4096-characters-kept",
                        "n".repeat(4_092) + ".jpg",
                        ExifJpegWriter::plainJpeg,
                        "OK"),
                file(
                                "OK-script-and-sql-in-every-text-field-stored-verbatim",
                                "fields.jpg",
                                ExifJpegWriter::plainJpeg,
                                "OK")
                        .withFields(Map.of(
                                "title",
                                SCRIPT + SQL,
                                "description",
                                SQL + "\n" + SCRIPT,
                                "sourceDetail",
                                SCRIPT,
                                "claimedLocation",
                                SQL)),
                refused("400-file-name-with-nul", "a\u0000b.jpg", Map.of(), "malformed-multipart"),
                refused("400-file-name-with-control-characters", "a\u0007\u001bb.jpg", Map.of(), "malformed-multipart"),
                refused("400-file-name-of-4097-characters", "n".repeat(4_093) + ".jpg", Map.of(), "invalid-field"),
                refused("400-over-long-title", "x.txt", Map.of("title", "t".repeat(501)), "invalid-field"),
                refused("400-control-characters-in-a-field", "x.txt", Map.of("title", "a\u0000b"), "invalid-field"));
    }
}
