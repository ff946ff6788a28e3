package org.jeli.viewer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Re-encodes a still image as a fresh JPEG of bounded size with the JDK's ImageIO. Only pixels are
 * copied: no EXIF, XMP, ICC comment or any other metadata of the original reaches the output (the
 * writer is given no metadata). Decoding is bounded: the dimensions are read first, images above
 * the pixel limit are refused, and large ones are subsampled while decoding.
 */
public final class ImageStills {
    /** Why an image could not be re-encoded. */
    public enum Failure {
        UNREADABLE,
        TOO_LARGE
    }

    /** The result: the failure, or empty when the JPEG was written. */
    public static Optional<Failure> toJpeg(Path in, Path out, int maxSide, long maxPixels) throws IOException {
        BufferedImage image;
        try (ImageInputStream iis = ImageIO.createImageInputStream(in.toFile())) {
            if (iis == null) {
                return Optional.of(Failure.UNREADABLE);
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
            if (!readers.hasNext()) {
                return Optional.of(Failure.UNREADABLE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(iis, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || (long) w * h > maxPixels) {
                    return Optional.of(Failure.TOO_LARGE);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(w, h) / (maxSide * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                image = reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                return Optional.of(Failure.UNREADABLE);
            } finally {
                reader.dispose();
            }
        }
        write(scaled(image, maxSide), out);
        return Optional.empty();
    }

    private static BufferedImage scaled(BufferedImage src, int maxSide) {
        double f = Math.min(1.0, (double) maxSide / Math.max(src.getWidth(), src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * f));
        int h = Math.max(1, (int) Math.round(src.getHeight() * f));
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = dst.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return dst;
    }

    private static void write(BufferedImage image, Path out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (OutputStream os = Files.newOutputStream(out);
                ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private ImageStills() {}
}
