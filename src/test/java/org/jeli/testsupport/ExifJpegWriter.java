package org.jeli.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Test support: writes small JPEGs carrying an EXIF block built here byte by byte (a minimal
 * big-endian TIFF structure with IFD0, an Exif IFD and a GPS IFD), so tests need no binary
 * fixtures and no imaging library beyond the JDK.
 *
 * <pre>{@code
 * byte[] jpeg = ExifJpegWriter.jpegWithExif(
 *         LocalDateTime.parse("2023-05-14T14:22:33"), 12.6392, -8.0029, "Samsung", "SM-A105F");
 * }</pre>
 */
public final class ExifJpegWriter {

    /** Width of the images written here, in pixels. */
    public static final int WIDTH = 32;
    /** Height of the images written here, in pixels. */
    public static final int HEIGHT = 24;

    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final int TAG_MAKE = 0x010F;
    private static final int TAG_MODEL = 0x0110;
    private static final int TAG_EXIF_IFD = 0x8769;
    private static final int TAG_GPS_IFD = 0x8825;
    private static final int TAG_DATE_TIME_ORIGINAL = 0x9003;
    private static final int TYPE_BYTE = 1;
    private static final int TYPE_ASCII = 2;
    private static final int TYPE_LONG = 4;
    private static final int TYPE_RATIONAL = 5;

    private ExifJpegWriter() {}

    /** A JPEG whose EXIF states capture time, GPS position (signed decimal degrees) and device. */
    public static byte[] jpegWithExif(LocalDateTime taken, double lat, double lon, String make, String model) {
        return insertApp1(plainJpeg(), exifSegment(taken, new double[] {lat, lon}, make, model));
    }

    /** A JPEG whose EXIF states capture time and device but no position; null arguments are left out. */
    public static byte[] jpegWithExif(LocalDateTime taken, String make, String model) {
        return insertApp1(plainJpeg(), exifSegment(taken, null, make, model));
    }

    /** A small JPEG without any EXIF block. */
    public static byte[] plainJpeg() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.BLUE);
        g.fillOval(4, 4, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpeg", out)) {
                throw new IllegalStateException("no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The complete APP1 segment (marker, length, "Exif\0\0", TIFF structure). */
    static byte[] exifSegment(LocalDateTime taken, double[] latLon, String make, String model) {
        Ifd ifd0 = new Ifd();
        Ifd exif = new Ifd();
        Ifd gps = new Ifd();
        if (make != null) {
            ifd0.ascii(TAG_MAKE, make);
        }
        if (model != null) {
            ifd0.ascii(TAG_MODEL, model);
        }
        if (taken != null) {
            exif.ascii(TAG_DATE_TIME_ORIGINAL, EXIF_DATE.format(taken));
        }
        if (latLon != null) {
            gps.add(0x0000, TYPE_BYTE, 4, new byte[] {2, 3, 0, 0});
            gps.ascii(0x0001, latLon[0] < 0 ? "S" : "N");
            gps.rationalDms(0x0002, latLon[0]);
            gps.ascii(0x0003, latLon[1] < 0 ? "W" : "E");
            gps.rationalDms(0x0004, latLon[1]);
        }
        // Pointers are LONG entries whose values are known only after layout; reserve them now.
        if (!exif.isEmpty()) {
            ifd0.add(TAG_EXIF_IFD, TYPE_LONG, 1, new byte[4]);
        }
        if (!gps.isEmpty()) {
            ifd0.add(TAG_GPS_IFD, TYPE_LONG, 1, new byte[4]);
        }
        int ifd0Offset = 8;
        int exifOffset = ifd0Offset + ifd0.size();
        int gpsOffset = exifOffset + (exif.isEmpty() ? 0 : exif.size());
        ifd0.setLong(TAG_EXIF_IFD, exifOffset);
        ifd0.setLong(TAG_GPS_IFD, gpsOffset);

        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
        tiff.writeBytes(ifd0.serialize(ifd0Offset));
        if (!exif.isEmpty()) {
            tiff.writeBytes(exif.serialize(exifOffset));
        }
        if (!gps.isEmpty()) {
            tiff.writeBytes(gps.serialize(gpsOffset));
        }
        byte[] body = tiff.toByteArray();
        int length = 2 + 6 + body.length;
        ByteBuffer segment = ByteBuffer.allocate(2 + length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length);
        segment.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
        return segment.array();
    }

    /** Inserts an APP segment directly after the SOI marker, where EXIF readers expect it. */
    static byte[] insertApp1(byte[] jpeg, byte[] app1) {
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + app1.length);
        out.write(jpeg, 0, 2);
        out.writeBytes(app1);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** One image file directory; entries are written in the order added, which must be tag order. */
    private static final class Ifd {
        private final List<Entry> entries = new ArrayList<>();

        boolean isEmpty() {
            return entries.isEmpty();
        }

        void ascii(int tag, String value) {
            byte[] text = (value + "\0").getBytes(StandardCharsets.US_ASCII);
            add(tag, TYPE_ASCII, text.length, text);
        }

        void rationalDms(int tag, double signedDegrees) {
            double abs = Math.abs(signedDegrees);
            long degrees = (long) abs;
            long minutes = (long) ((abs - degrees) * 60);
            long tenThousandthSeconds = Math.round(((abs - degrees) * 60 - minutes) * 60 * 10_000);
            ByteBuffer value = ByteBuffer.allocate(24);
            value.putInt((int) degrees).putInt(1);
            value.putInt((int) minutes).putInt(1);
            value.putInt((int) tenThousandthSeconds).putInt(10_000);
            add(tag, TYPE_RATIONAL, 3, value.array());
        }

        void add(int tag, int type, int count, byte[] value) {
            entries.add(new Entry(tag, type, count, value));
        }

        void setLong(int tag, int value) {
            for (Entry e : entries) {
                if (e.tag == tag) {
                    ByteBuffer.wrap(e.value).putInt(value);
                }
            }
        }

        int size() {
            int size = 2 + 12 * entries.size() + 4;
            for (Entry e : entries) {
                size += e.value.length > 4 ? padded(e.value.length) : 0;
            }
            return size;
        }

        byte[] serialize(int offset) {
            ByteBuffer ifd = ByteBuffer.allocate(size());
            int data = offset + 2 + 12 * entries.size() + 4;
            ifd.putShort((short) entries.size());
            List<byte[]> overflow = new ArrayList<>();
            for (Entry e : entries) {
                ifd.putShort((short) e.tag).putShort((short) e.type).putInt(e.count);
                if (e.value.length <= 4) {
                    ifd.put(e.value).put(new byte[4 - e.value.length]);
                } else {
                    ifd.putInt(data);
                    data += padded(e.value.length);
                    overflow.add(e.value);
                }
            }
            ifd.putInt(0); // no next IFD
            for (byte[] value : overflow) {
                ifd.put(value).put(new byte[padded(value.length) - value.length]);
            }
            return ifd.array();
        }

        private static int padded(int length) {
            return length + (length & 1);
        }
    }

    private record Entry(int tag, int type, int count, byte[] value) {}
}
