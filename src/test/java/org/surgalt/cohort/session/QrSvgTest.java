package org.surgalt.cohort.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The check-in QR code a phone scans: drawn as SVG squares, it reads back as the check-in link. */
class QrSvgTest {

    @Test
    void theSvgReadsBackAsTheLink() throws Exception {
        String link = "https://surgalt.example.mn/checkin/42?code=012345";
        String svg = QrSvg.of(link, "QR <code>");
        assertTrue(svg.startsWith("<svg") && svg.contains("aria-label=\"QR &lt;code&gt;\""));
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find());
        int size = Integer.parseInt(box.group(1));
        int quiet = 4;
        BitMatrix modules = new BitMatrix(size - 2 * quiet);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            modules.set(Integer.parseInt(square.group(1)) - quiet, Integer.parseInt(square.group(2)) - quiet);
        }
        assertEquals(link, new Decoder().decode(modules).getText());
    }

    @Test
    void theCodeIsSixDigitsAndChangesWithTheWindow() {
        byte[] secret = new byte[32];
        secret[0] = 7;
        String first = CheckinCode.of(secret, 1_000_000);
        assertTrue(first.matches("\\d{6}"));
        assertEquals(first, CheckinCode.of(secret, 1_000_000));
        assertTrue(!first.equals(CheckinCode.of(secret, 1_000_001)) || !first.equals(CheckinCode.of(secret, 1_000_002)));
    }
}
