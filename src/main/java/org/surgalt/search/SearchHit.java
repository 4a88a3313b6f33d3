package org.surgalt.search;

import org.surgalt.course.ItemKind;
import org.surgalt.platform.LocalizedText;

/**
 * One item a search found: in its lesson text or in the text of its file ({@code filename}), in
 * the published version or, for its authors and reviewers, in the draft. {@code snippetLang}: the
 * language of the lesson text the snippet comes from (null for a file's text).
 */
public record SearchHit(String courseCode, LocalizedText courseTitle, long itemId, LocalizedText itemTitle,
        ItemKind kind, boolean inFile, String filename, boolean draft, Snippet snippet, String snippetLang) {

    /** The learners' page of the item, or its draft in the editor. */
    public String link() {
        return (draft ? "/author/courses/" : "/courses/") + courseCode + "/items/" + itemId;
    }
}
