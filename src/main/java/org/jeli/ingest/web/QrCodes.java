package org.jeli.ingest.web;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws short text as a QR code (error correction M, raised when the version allows): a PNG of
 * crisp black and white modules, or an SVG of one path. Both have the standard quiet zone of four
 * modules. The SVG holds no script and no external reference; the text appears only escaped, as
 * its title.
 */
public final class QrCodes {
    /** White modules around the code, as ISO/IEC 18004 requires. */
    static final int QUIET_ZONE = 4;

    /** Pixels per module in the PNG: large enough to print and to scan from a screen. */
    static final int PIXELS_PER_MODULE = 8;

    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private QrCodes() {}

    static byte[] png(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int modules = qr.size + 2 * QUIET_ZONE;
        int pixels = modules * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < pixels; y++) {
            for (int x = 0; x < pixels; x++) {
                boolean dark = qr.getModule(x / PIXELS_PER_MODULE - QUIET_ZONE, y / PIXELS_PER_MODULE - QUIET_ZONE);
                image.setRGB(x, y, dark ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String svg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int modules = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    if (path.length() > 0) {
                        path.append(' ');
                    }
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + modules + " " + modules
                + "\" width=\"" + modules * PIXELS_PER_MODULE + "\" height=\"" + modules * PIXELS_PER_MODULE
                + "\" shape-rendering=\"crispEdges\">\n"
                + "<title>" + escape(text) + "</title>\n"
                + "<rect width=\"" + modules + "\" height=\"" + modules + "\" fill=\"#ffffff\"/>\n"
                + "<path d=\"" + path + "\" fill=\"#000000\"/>\n"
                + "</svg>\n";
    }

    /** XML text escaping; control characters other than tab and newline become spaces. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> s.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return s.toString();
    }
}
