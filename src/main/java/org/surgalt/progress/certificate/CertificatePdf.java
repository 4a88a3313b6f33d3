package org.surgalt.progress.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certificate as a one-page A4 landscape PDF: in the learner's language, each line followed
 * by the other language in smaller grey type, so one paper serves both; the verification address
 * printed and as a QR code. Made from the row alone, so the same certificate always gives the
 * same bytes (document id and dates come from the row, not the clock).
 */
final class CertificatePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT_BYTES = fontBytes();
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final Color INK = new Color(0x1a, 0x2b, 0x48);
    private static final Color SUBTLE = new Color(0x5a, 0x63, 0x70);
    private static final float QR_SIZE = 110;
    private static final float MARGIN = 48;

    private final PDDocument doc;
    private final PDFont font;
    private final PDPageContentStream out;
    private float y;

    private CertificatePdf(PDDocument doc, PDPage page) throws IOException {
        this.doc = doc;
        this.font = PDType0Font.load(doc, new ByteArrayInputStream(FONT_BYTES), true);
        this.out = new PDPageContentStream(doc, page);
        this.y = PAGE.getHeight() - 78;
    }

    /** {@code lang}: "mn" or "en", the learner's language; the other one is the smaller line. */
    static byte[] render(Certificate certificate, String lang, String verifyUrl) {
        CertificateMessages main = messages(lang);
        CertificateMessages other = messages("mn".equals(lang) ? "en" : "mn");
        String mainTitle = title(certificate, lang);
        String otherTitle = title(certificate, "mn".equals(lang) ? "en" : "mn");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            describe(doc, certificate, mainTitle);
            CertificatePdf pdf = new CertificatePdf(doc, page);
            pdf.frame();
            pdf.pair(main.certificate_pdf_heading(), other.certificate_pdf_heading(), 30, 13);
            pdf.gap(26);
            pdf.pair(main.certificate_pdf_certifies(), other.certificate_pdf_certifies(), 14, 10);
            pdf.gap(10);
            pdf.centred(certificate.learnerName(), 28, INK, PAGE.getWidth() - 2 * MARGIN);
            pdf.gap(14);
            pdf.pair(main.certificate_pdf_completed(), other.certificate_pdf_completed(), 14, 10);
            pdf.gap(10);
            pdf.centred(mainTitle, 20, INK, PAGE.getWidth() - 2 * MARGIN - 60);
            if (!otherTitle.equals(mainTitle)) {
                pdf.centred(otherTitle, 12, SUBTLE, PAGE.getWidth() - 2 * MARGIN - 60);
            }
            pdf.gap(18);
            String total = CertificateText.hours(certificate.totalHours());
            String f2f = CertificateText.hours(certificate.f2fHours());
            pdf.pair(main.certificate_pdf_date(CertificateText.date(certificate.completedAt(), lang)),
                    other.certificate_pdf_date(CertificateText.date(certificate.completedAt(),
                            "mn".equals(lang) ? "en" : "mn")), 13, 10);
            pdf.gap(6);
            pdf.pair(main.certificate_pdf_hours(total, f2f), other.certificate_pdf_hours(total, f2f), 13, 10);
            pdf.footer(main, other, certificate.code(), verifyUrl);
            pdf.out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CertificateMessages messages(String lang) {
        return CertificateText.messages(lang);
    }

    static String title(Certificate certificate, String lang) {
        String en = certificate.courseTitleEn();
        String mn = certificate.courseTitleMn();
        String wanted = "mn".equals(lang) ? mn : en;
        return wanted != null ? wanted : (en != null ? en : (mn != null ? mn : ""));
    }

    /** Metadata and document id from the row: the PDF is byte-for-byte the same on every download. */
    private static void describe(PDDocument doc, Certificate certificate, String title) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(certificate.learnerName() + " — " + title);
        info.setCreator("Surgalt");
        info.setProducer("Surgalt");
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        issued.setTimeInMillis(certificate.issuedAt().toEpochMilli());
        info.setCreationDate(issued);
        byte[] id = certificate.code().getBytes(StandardCharsets.US_ASCII);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private void frame() throws IOException {
        out.setStrokingColor(INK);
        out.setLineWidth(3);
        out.addRect(22, 22, PAGE.getWidth() - 44, PAGE.getHeight() - 44);
        out.stroke();
        out.setLineWidth(0.8f);
        out.addRect(30, 30, PAGE.getWidth() - 60, PAGE.getHeight() - 60);
        out.stroke();
    }

    /** A line in the learner's language and, below it, the same in the other language. */
    private void pair(String main, String other, float size, float otherSize) throws IOException {
        centred(main, size, INK, PAGE.getWidth() - 2 * MARGIN);
        centred(other, otherSize, SUBTLE, PAGE.getWidth() - 2 * MARGIN);
    }

    private void gap(float points) {
        y -= points;
    }

    /** Centred text, wrapped at word boundaries to the width (a long course title takes two lines). */
    private void centred(String text, float size, Color color, float width) throws IOException {
        for (String line : wrap(text, size, width)) {
            float lineWidth = font.getStringWidth(line) / 1000 * size;
            write(line, (PAGE.getWidth() - lineWidth) / 2, y - size, size, color);
            y -= size * 1.3f;
        }
    }

    private void write(String text, float x, float baseline, float size, Color color) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Issuer and verification address on the left, the QR code to the same address on the right. */
    private void footer(CertificateMessages main, CertificateMessages other, String code, String verifyUrl)
            throws IOException {
        float x = MARGIN + 10;
        float line = 78 + 4 * 13;
        write(main.certificate_pdf_issuer(), x, line, 11, INK);
        write(other.certificate_pdf_issuer(), x, line - 13, 9, SUBTLE);
        write(main.certificate_pdf_verify(verifyUrl), x, line - 34, 9, INK);
        write(other.certificate_pdf_verify(verifyUrl), x, line - 46, 8, SUBTLE);
        write(main.certificate_pdf_code(code), x, line - 62, 9, INK);
        qr(verifyUrl, PAGE.getWidth() - MARGIN - QR_SIZE, MARGIN);
    }

    /** The QR code as filled squares (runs of dark modules merged), so no image is embedded. */
    private void qr(String content, float x, float y) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalStateException("The verification address does not fit a QR code", e);
        }
        float module = QR_SIZE / matrix.getWidth();
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                out.addRect(x + start * module, y + QR_SIZE - (row + 1) * module, (col - start) * module, module);
            }
        }
        out.fill();
    }

    private static byte[] fontBytes() {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans font is not on the class path: " + FONT);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
