package org.surgalt.testsupport;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a QR code back from a rendered page, as a phone's camera would: a camera tries again from
 * another distance, so when the whole page at its size does not give the code (zxing's finder
 * misses some codes among the page's text, depending on the code's pattern), the page is tried with
 * the other binarizer and at half and a third of its size.
 */
public final class QrCodes {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.POSSIBLE_FORMATS,
            List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private QrCodes() {
    }

    public static String decode(BufferedImage image) throws NotFoundException {
        NotFoundException missed = null;
        for (int divisor : new int[] {1, 2, 3}) {
            BufferedImage scaled = divisor == 1 ? image : scaled(image, divisor);
            for (Function<LuminanceSource, Binarizer> binarizer : List.<Function<LuminanceSource, Binarizer>>of(
                    HybridBinarizer::new, GlobalHistogramBinarizer::new)) {
                try {
                    return new MultiFormatReader().decode(new BinaryBitmap(binarizer.apply(luminance(scaled))), HINTS)
                            .getText();
                } catch (NotFoundException e) {
                    missed = e;
                }
            }
        }
        throw missed;
    }

    private static LuminanceSource luminance(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    }

    private static BufferedImage scaled(BufferedImage image, int divisor) {
        int width = image.getWidth() / divisor;
        int height = image.getHeight() / divisor;
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        scaled.getGraphics().drawImage(image.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
        return scaled;
    }
}
