package org.surgalt.cartridge;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A report in the reader's language, for the page and the API alike. */
public record ReportView(long id, String filename, String when, String courseCode, List<Line> lines, int items,
        int skipped) {

    /** One resource: its title and type, what it became and the note, in words ({@code reason}: the note's code). */
    public record Line(String resource, String title, String type, String outcome, String reason, String became,
            String note) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    static ReportView of(CartridgeImportService.Report report, Locale locale) {
        CartridgeMessages msg = MessageBundles.get(CartridgeMessages.class, Localized.Literal.of(
                "mn".equals(locale.getLanguage()) ? "mn" : "en"));
        List<Line> lines = report.lines().stream().map(line -> new Line(line.resource(), line.title(), line.type(),
                line.outcome().name().toLowerCase(Locale.ROOT), line.note().name().toLowerCase(Locale.ROOT),
                became(msg, line), note(msg, line))).toList();
        int skipped = (int) report.lines().stream().filter(l -> l.outcome() == ReportLine.Outcome.SKIPPED).count();
        return new ReportView(report.id(), report.filename(), WHEN.format(report.createdAt()), report.courseCode(),
                lines, lines.size() - skipped, skipped);
    }

    private static String became(CartridgeMessages msg, ReportLine line) {
        String module = line.module() == null ? "" : line.module();
        return switch (line.outcome()) {
            case PAGE -> msg.cartridge_became_page(module);
            case FILE -> msg.cartridge_became_file(module);
            case LINK -> msg.cartridge_became_link(module);
            case ASSIGNMENT -> msg.cartridge_became_assignment(module);
            case THREAD -> msg.cartridge_became_thread();
            case QUIZ -> msg.cartridge_became_quiz(module);
            case SKIPPED -> msg.cartridge_became_skipped();
            case LTI -> msg.cartridge_became_lti(module);
            case BANK -> msg.cartridge_became_bank();
            case BANK_QUESTION -> msg.cartridge_became_bank_question(module);
        };
    }

    private static String note(CartridgeMessages msg, ReportLine line) {
        String detail = line.detail() == null ? "" : line.detail();
        return switch (line.note()) {
            case NONE -> "";
            case HEADING -> msg.cartridge_note_heading();
            case MISSING_RESOURCE -> msg.cartridge_note_missing_resource();
            case MISSING_FILE -> msg.cartridge_note_missing_file(detail);
            case QTI_NOT_YET -> msg.cartridge_note_qti_not_yet();
            case LTI_NOT_YET -> msg.cartridge_note_lti_not_yet();
            case SUPPORTING -> msg.cartridge_note_supporting();
            case ALTERNATIVE -> msg.cartridge_note_alternative();
            case UNSUPPORTED -> msg.cartridge_note_unsupported(detail);
            case UNSAFE_LINK -> msg.cartridge_note_unsafe_link(detail);
            case TOO_LARGE -> msg.cartridge_note_too_large();
            case MISSING_LINKED_FILES -> msg.cartridge_note_missing_linked_files(detail);
            case RUBRIC_LEFT_OUT -> msg.cartridge_note_rubric_left_out();
            case ATTACHMENTS_LEFT_OUT -> msg.cartridge_note_attachments_left_out(detail);
            case BROKEN -> msg.cartridge_note_broken(detail);
            case QUESTIONS_LEFT_OUT -> msg.cartridge_note_questions_left_out(detail);
            case NO_QUESTIONS -> msg.cartridge_note_no_questions(detail);
            case LTI_TOOL -> msg.cartridge_note_lti_tool(detail);
            case LTI_CUSTOM_LEFT_OUT -> msg.cartridge_note_lti_custom_left_out(detail);
            case NO_LTI_TOOL -> msg.cartridge_note_no_lti_tool(detail);
            case QUESTION_KIND -> msg.cartridge_note_question_kind(detail);
            case QUESTION_UNREADABLE -> msg.cartridge_note_question_unreadable();
            case QUESTION_INVALID -> msg.cartridge_note_question_invalid();
            case QUESTION_IN_QUIZ -> msg.cartridge_note_question_in_quiz();
        };
    }
}
