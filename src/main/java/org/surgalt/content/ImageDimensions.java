package org.surgalt.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The width and height an image declares in its header, read without decoding a pixel: a 30,000
 * × 30,000 PNG of a few hundred bytes is refused before anything (Tika's parser, a learner's
 * browser) tries to hold it. PNG and GIF through the JDK's ImageIO readers (which read only the
 * header for {@code getWidth/getHeight}); JPEG from its frame header by walking the segments, since
 * the JDK's reader gives up on a file with no scan after it, which a browser may still size; WebP,
 * which the JDK cannot read, from its RIFF header.
 */
final class ImageDimensions {

    record Size(long width, long height) {

        long pixels() {
            return width * height;
        }
    }

    private ImageDimensions() {
    }

    /** Empty when the header says nothing usable (then the parser that reads it next refuses it as damaged). */
    static Optional<Size> of(Path file, String mediaType) throws IOException {
        if (mediaType.equals("image/webp")) {
            return webp(file);
        }
        if (mediaType.equals("image/jpeg")) {
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
                return jpeg(new java.io.DataInputStream(in));
            } catch (java.io.EOFException truncated) {
                return Optional.empty();
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } catch (IOException | RuntimeException unreadableHeader) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** "RIFF....WEBP" then a VP8 (lossy), VP8L (lossless) or VP8X (extended) chunk with the size. */
    private static Optional<Size> webp(Path file) throws IOException {
        byte[] h;
        try (InputStream in = Files.newInputStream(file)) {
            h = in.readNBytes(30);
        }
        if (h.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(h, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8X" -> Optional.of(new Size(1 + u24(h, 24), 1 + u24(h, 27)));
            case "VP8L" -> {
                long bits = (h[21] & 0xffL) | (h[22] & 0xffL) << 8 | (h[23] & 0xffL) << 16 | (h[24] & 0xffL) << 24;
                yield Optional.of(new Size(1 + (bits & 0x3fff), 1 + (bits >> 14 & 0x3fff)));
            }
            case "VP8 " -> Optional.of(new Size(u16(h, 26) & 0x3fff, u16(h, 28) & 0x3fff));
            default -> Optional.empty();
        };
    }

    /** SOI, then segments (marker, length) until a start-of-frame, which holds height and width. */
    private static Optional<Size> jpeg(java.io.DataInputStream in) throws IOException {
        if (in.readUnsignedShort() != 0xFFD8) {
            return Optional.empty();
        }
        for (int segments = 0; segments < 1000; segments++) {
            int marker = in.readUnsignedByte();
            if (marker != 0xFF) {
                return Optional.empty();
            }
            int type = in.readUnsignedByte();
            while (type == 0xFF) {
                type = in.readUnsignedByte();
            }
            if (type == 0xD8 || type >= 0xD0 && type <= 0xD7 || type == 0x01) {
                continue;
            }
            if (type == 0xD9 || type == 0xDA) {
                return Optional.empty();
            }
            int length = in.readUnsignedShort();
            boolean frame = type >= 0xC0 && type <= 0xCF && type != 0xC4 && type != 0xC8 && type != 0xCC;
            if (frame) {
                in.readUnsignedByte();
                long height = in.readUnsignedShort();
                long width = in.readUnsignedShort();
                return Optional.of(new Size(width, height));
            }
            in.skipNBytes(length - 2L);
        }
        return Optional.empty();
    }

    private static long u16(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8;
    }

    private static long u24(byte[] b, int at) {
        return u16(b, at) | (b[at + 2] & 0xffL) << 16;
    }
}
