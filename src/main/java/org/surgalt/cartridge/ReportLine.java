package org.surgalt.cartridge;

/**
 * One line of an import's report: a resource of the cartridge (or a file only a page refers to),
 * what it became, and why when it was skipped or changed. Kept as JSON with the report; the reader's
 * words come from the cartridge message bundle ({@code cartridge_became_*}, {@code cartridge_note_*}).
 *
 * @param resource the resource's identifier (a file's path when no resource names it)
 * @param module the module it went into, when it became an item
 * @param detail what the note is about: a file's name, a type, the files a page misses
 */
public record ReportLine(String resource, String title, String type, Outcome outcome, String module, Note note,
        String detail) {

    public enum Outcome {
        PAGE, FILE, LINK, ASSIGNMENT, THREAD, QUIZ, SKIPPED, LTI, BANK, BANK_QUESTION
    }

    /**
     * Why it was skipped, or what the author should know about what it became; NONE when nothing.
     * QTI_NOT_YET and LTI_NOT_YET are no longer given, but reports kept from before say them.
     */
    public enum Note {
        NONE, HEADING, MISSING_RESOURCE, MISSING_FILE, QTI_NOT_YET, LTI_NOT_YET, SUPPORTING, ALTERNATIVE,
        UNSUPPORTED, UNSAFE_LINK, TOO_LARGE, MISSING_LINKED_FILES, RUBRIC_LEFT_OUT, ATTACHMENTS_LEFT_OUT, BROKEN,
        QUESTIONS_LEFT_OUT, NO_QUESTIONS, LTI_TOOL, LTI_CUSTOM_LEFT_OUT, NO_LTI_TOOL, QUESTION_KIND,
        QUESTION_UNREADABLE, QUESTION_INVALID, QUESTION_IN_QUIZ
    }

    static ReportLine skipped(String resource, String title, String type, Note note, String detail) {
        return new ReportLine(resource, title, type, Outcome.SKIPPED, null, note, detail);
    }
}
