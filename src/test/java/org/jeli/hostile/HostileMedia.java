package org.jeli.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.jeli.testsupport.ExifJpegWriter;

/** Generates the image and media cases of the hostile corpus at test time. */
final class HostileMedia {

    private HostileMedia() {}

    /** A PNG whose header claims {@code width} × {@code height} pixels over a few bytes of data. */
    static byte[] pngPixelFlood(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        byte[] both = HostileFiles.concat(t, data);
        out.writeBytes(ByteBuffer.allocate(4)
                .putInt((int) HostileFiles.crc(both, 0, both.length))
                .array());
    }

    /** A baseline JPEG whose frame header claims 65,535 × 65,535 pixels. */
    static byte[] jpegPixelFlood() {
        byte[] jpeg = ExifJpegWriter.plainJpeg();
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && ((jpeg[i + 1] & 0xff) == 0xc0 || (jpeg[i + 1] & 0xff) == 0xc2)) {
                jpeg[i + 5] = (byte) 0xff;
                jpeg[i + 6] = (byte) 0xff;
                jpeg[i + 7] = (byte) 0xff;
                jpeg[i + 8] = (byte) 0xff;
                return jpeg;
            }
        }
        throw new IllegalStateException("no frame header");
    }

    /** A JPEG with an APP1 segment of {@code size} bytes starting with {@code header}. */
    static byte[] jpegWithApp1(byte[] header, byte[] body) {
        byte[] jpeg = ExifJpegWriter.plainJpeg();
        int length = header.length + body.length + 2;
        if (length > 0xffff) {
            throw new IllegalArgumentException("segment too long");
        }
        byte[] segment = HostileFiles.concat(
                new byte[] {(byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length}, header, body);
        return HostileFiles.concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** EXIF with one ImageDescription of about 65,000 characters (the most one segment holds). */
    static byte[] hugeExif() {
        int count = 65_000;
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4 + count);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x010e).putShort((short) 2).putInt(count).putInt(8 + 2 + 12 + 4);
        tiff.putInt(0);
        byte[] text = new byte[count];
        Arrays.fill(text, (byte) 'A');
        text[count - 1] = 0;
        tiff.put(text);
        return jpegWithApp1("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
    }

    static byte[] xmpJpeg(String doctype, String description) {
        String xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>" + doctype
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:description>" + description
                + "</dc:description></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        return jpegWithApp1(
                "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII),
                xmp.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] random(long seed, int size) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static byte[] truncated(byte[] whole, double fraction) {
        return Arrays.copyOf(whole, (int) (whole.length * fraction));
    }
}
