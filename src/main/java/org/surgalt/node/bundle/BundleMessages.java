package org.surgalt.node.bundle;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The content bundles page ({nodebundle:key}; messages/nodebundle.properties and nodebundle_mn.properties). */
@MessageBundle(value = "nodebundle", locale = "en")
public interface BundleMessages {

    @Message
    String bundle_title();

    @Message
    String bundle_intro();

    @Message
    String bundle_export_heading();

    @Message
    String bundle_courses();

    @Message
    String bundle_courses_hint();

    @Message
    String bundle_export();

    @Message
    String bundle_import_heading();

    @Message
    String bundle_import_intro();

    @Message
    String bundle_file();

    @Message
    String bundle_upload();

    @Message
    String bundle_submit();

    @Message
    String bundle_checking(String filename);

    @Message
    String bundle_ready(String filename);

    @Message
    String bundle_refused(String filename);

    @Message
    String bundle_check_again();

    @Message
    String bundle_report_title();

    @Message
    String bundle_report_files(int stored, int present);

    @Message
    String bundle_col_course();

    @Message
    String bundle_col_version();

    @Message
    String bundle_col_outcome();

    @Message
    String bundle_col_reason();

    @Message
    String bundle_outcome_imported();

    @Message
    String bundle_outcome_skipped();

    @Message
    String bundle_outcome_refused();

    @Message
    String bundle_reason_already_there();

    @Message
    String bundle_reason_different_content();

    @Message
    String bundle_reason_local_course();

    @Message
    String bundle_reason_older_version();

    @Message
    String bundle_reason_release_conditions();
}
