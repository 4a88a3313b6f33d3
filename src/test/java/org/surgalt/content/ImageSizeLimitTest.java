package org.surgalt.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgalt.content.Inspection.Outcome;
import org.surgalt.testsupport.Images;

/**
 * Images are refused by the size their header declares, before anything decodes them: a few
 * hundred bytes that say 30,000 × 30,000 would cost a learner's phone 3.6 GB to show.
 */
class ImageSizeLimitTest {

    private static final Path TIKA = Path.of("src/test/resources/upload-torture/tika");
    private final Inspector inspector = new Inspector(InspectionLimits.defaults());

    @TempDir
    Path dir;

    @Test
    void aPngDeclaringThirtyThousandPixelsASideIsRefusedWithTheReason() throws IOException {
        Path file = Files.write(dir.resolve("huge.png"), Images.png(30_000, 30_000));
        assertTrue(Files.size(file) < 200, "the file itself is tiny");
        for (FileKind kind : new FileKind[] { FileKind.IMAGE, FileKind.FILE }) {
            Inspection inspection = inspector.inspect(file, "huge.png", kind);
            assertEquals(Outcome.REJECTED, inspection.outcome(), kind.name());
            assertEquals("image/png", inspection.mediaType());
            assertEquals("The image is 30000 × 30000 pixels; images may have at most 40 megapixels and 12000 pixels"
                    + " a side, so that learners' phones can show them. Save a smaller copy and upload that",
                    inspection.reason());
        }
    }

    @Test
    void jpegGifAndWebpHeadersAreReadToo() throws IOException {
        assertRefused("huge.jpg", jpeg(30_000, 30_000));
        assertRefused("huge.gif", gif(30_000, 30_000));
        assertRefused("huge.webp", webpVp8x(30_000, 30_000));
        // Slim in pixels (9 MP) but wider than any screen: refused by its side.
        assertRefused("strip.png", Images.png(30_000, 300));
    }

    @Test
    void ordinaryImagesAreAcceptedAndTheLimitIsASetting() {
        for (String name : new String[] { "testPNG.png", "testJPEG_EXIF.jpg", "testGIF.gif", "testWEBP.webp" }) {
            assertEquals(Outcome.ACCEPTED, inspector.inspect(TIKA.resolve(name), name, FileKind.IMAGE).outcome(), name);
        }
        Inspector strict = new Inspector(InspectionLimits.defaults().withMaxImage(1_000_000, 50));
        Inspection png = strict.inspect(TIKA.resolve("testPNG.png"), "testPNG.png", FileKind.IMAGE);
        assertEquals(Outcome.REJECTED, png.outcome());
        assertTrue(png.reason().contains("50 pixels a side"), png.reason());
    }

    private void assertRefused(String name, byte[] bytes) throws IOException {
        Inspection inspection = inspector.inspect(Files.write(dir.resolve(name), bytes), name, FileKind.IMAGE);
        assertEquals(Outcome.REJECTED, inspection.outcome(), name + ": " + inspection.reason());
        assertTrue(inspection.reason().startsWith("The image is 30000 × "), name + ": " + inspection.reason());
    }

    /** SOI, a baseline SOF0 with the size and three components, EOI. */
    private static byte[] jpeg(int width, int height) {
        return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1,
                0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) (height >> 8), (byte) height,
                (byte) (width >> 8), (byte) width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
                (byte) 0xFF, (byte) 0xD9 };
    }

    private static byte[] gif(int width, int height) {
        return new byte[] { 'G', 'I', 'F', '8', '9', 'a', (byte) width, (byte) (width >> 8), (byte) height,
                (byte) (height >> 8), 0, 0, 0, 0x2C, 0, 0, 0, 0, (byte) width, (byte) (width >> 8), (byte) height,
                (byte) (height >> 8), 0, 2, 2, 0x44, 1, 0, 0x3B };
    }

    private static byte[] webpVp8x(int width, int height) {
        byte[] b = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 4);
        b[4] = 56;
        System.arraycopy("WEBPVP8X".getBytes(StandardCharsets.US_ASCII), 0, b, 8, 8);
        b[16] = 10;
        int w = width - 1;
        int h = height - 1;
        b[24] = (byte) w;
        b[25] = (byte) (w >> 8);
        b[26] = (byte) (w >> 16);
        b[27] = (byte) h;
        b[28] = (byte) (h >> 8);
        b[29] = (byte) (h >> 16);
        return b;
    }
}
