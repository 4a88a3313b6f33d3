package org.surgalt.progress.certificate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the certificate pages and of the PDF ({certificate:key} in templates;
 * messages/certificate.properties in English, messages/certificate_mn.properties in Mongolian).
 */
@MessageBundle(value = "certificate", locale = "en")
public interface CertificateMessages {

    @Message
    String certificate_list_title();

    @Message
    String certificate_list_empty();

    @Message
    String certificate_download();

    @Message
    String certificate_your_certificates();

    @Message
    String certificate_title();

    @Message
    String certificate_learner();

    @Message
    String certificate_course();

    @Message
    String certificate_completed_on();

    @Message
    String certificate_hours();

    @Message
    String certificate_hours_value(String total, String f2f);

    @Message
    String certificate_code();

    @Message
    String certificate_status();

    @Message
    String certificate_valid();

    @Message
    String certificate_revoked_on(String date);

    @Message
    String certificate_reason();

    @Message
    String certificate_verify_page();

    @Message
    String certificate_revoke_title();

    @Message
    String certificate_revoke_reason();

    @Message
    String certificate_revoke_note();

    @Message
    String certificate_revoke_button();

    @Message
    String certificate_revoked_no_download();

    @Message
    String certificate_verify_title();

    @Message
    String certificate_verify_valid();

    @Message
    String certificate_verify_revoked(String date);

    @Message
    String certificate_verify_unknown();

    @Message
    String certificate_verify_unknown_hint();

    @Message
    String certificate_date_pattern();

    @Message
    String certificate_pdf_heading();

    @Message
    String certificate_pdf_certifies();

    @Message
    String certificate_pdf_completed();

    @Message
    String certificate_pdf_date(String date);

    @Message
    String certificate_pdf_hours(String total, String f2f);

    @Message
    String certificate_pdf_issuer();

    @Message
    String certificate_pdf_verify(String url);

    @Message
    String certificate_pdf_code(String code);
}
