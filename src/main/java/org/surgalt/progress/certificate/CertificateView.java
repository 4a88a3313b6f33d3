package org.surgalt.progress.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the pages and the API show of a certificate, in one language (dates Ulaanbaatar time). */
public record CertificateView(String code, String learnerName, String courseTitle, String courseLang,
        String completedOn, String totalHours, String f2fHours, boolean revoked, String revokedOn, String reason,
        String verifyUrl) {

    static CertificateView of(CertificateService.Found found, String lang) {
        Certificate c = found.certificate();
        String title = CertificatePdf.title(c, lang);
        String titleLang = title.equals(c.courseTitleMn()) ? "mn" : "en";
        return new CertificateView(c.code(), c.learnerName(), title, titleLang,
                CertificateText.date(c.completedAt(), lang), CertificateText.hours(c.totalHours()),
                CertificateText.hours(c.f2fHours()), c.isRevoked(),
                c.isRevoked() ? CertificateText.date(c.revokedAt(), lang) : null, c.revokeReason(),
                found.verifyUrl());
    }

    /** The public verification as JSON: what the paper states and whether it still holds; nothing more about the learner. */
    public record Verification(String code, String status, String learnerName, Title courseTitle,
            LocalDate completedOn, Hours hours, LocalDate revokedOn, String revokeReason, String verifyUrl) {

        public record Title(String en, String mn) {
        }

        public record Hours(BigDecimal online, BigDecimal faceToFace, BigDecimal total) {
        }

        static Verification of(CertificateService.Found found) {
            Certificate c = found.certificate();
            return new Verification(c.code(), c.isRevoked() ? "revoked" : "valid", c.learnerName(),
                    new Title(c.courseTitleEn(), c.courseTitleMn()), CertificateText.day(c.completedAt()),
                    new Hours(c.onlineHours(), c.f2fHours(), c.totalHours()),
                    c.isRevoked() ? CertificateText.day(c.revokedAt()) : null, c.revokeReason(), found.verifyUrl());
        }
    }
}
