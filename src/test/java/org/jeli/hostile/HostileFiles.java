package org.jeli.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Generates the archive and XML cases of the hostile corpus at test time (nothing big is committed). */
final class HostileFiles {

    private HostileFiles() {}

    static byte[] resource(String name) {
        try (InputStream in = HostileFiles.class.getResourceAsStream("/hostile/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] media(String name) {
        try (InputStream in = HostileFiles.class.getResourceAsStream("/media/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry of {@code megabytes} of zeros: about 1,000 to 1 compressed. */
    static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] mb = new byte[1 << 20];
            Arrays.fill(mb, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(mb);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip in a zip ... {@code depth} levels deep, the innermost a small bomb. */
    static byte[] nestedZip(int depth) {
        byte[] inner = zipBomb(8);
        for (int i = 0; i < depth; i++) {
            inner = zip("level-" + i + ".zip", inner);
        }
        return inner;
    }

    static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A zip whose central directory lists {@code copies} entries that all point at the same local
     * data (the "overlapping entries" bomb: small file, each entry inflating the same bytes).
     */
    static byte[] overlappingZip(int copies) {
        byte[] one = zipBomb(4);
        ByteBuffer in = ByteBuffer.wrap(one).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = one.length - 22;
        int cdSize = in.getInt(eocd + 12);
        int cdOffset = in.getInt(eocd + 16);
        byte[] record = Arrays.copyOfRange(one, cdOffset, cdOffset + cdSize);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(one, 0, cdOffset);
        for (int i = 0; i < copies; i++) {
            out.write(record, 0, record.length);
        }
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
        end.putShort((short) copies).putShort((short) copies);
        end.putInt(cdSize * copies).putInt(cdOffset).putShort((short) 0);
        out.write(end.array(), 0, 22);
        return out.toByteArray();
    }

    static byte[] gzipBomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            byte[] mb = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                gz.write(mb);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A minimal DOCX whose document part is {@code documentXml}. */
    static byte[] docx(String documentXml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            put(zip, "word/document.xml", documentXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String wordDocument(String doctype, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>" + body + "</w:t></w:r></w:p></w:body></w:document>";
    }

    static final String EXTERNAL_ENTITY = "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    static String entityExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE d [<!ENTITY l0 \"lollollollollol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l")
                    .append(i)
                    .append(" \"")
                    .append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        return dtd.append("]>").toString();
    }

    static byte[] deeplyNestedXml(int depth) {
        return ("<?xml version=\"1.0\"?>" + "<a>".repeat(depth) + "x" + "</a>".repeat(depth))
                .getBytes(StandardCharsets.US_ASCII);
    }

    static long crc(byte[] b, int off, int len) {
        CRC32 crc = new CRC32();
        crc.update(b, off, len);
        return crc.getValue();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.write(p, 0, p.length);
        }
        return out.toByteArray();
    }
}
