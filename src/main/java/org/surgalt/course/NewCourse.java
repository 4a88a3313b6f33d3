package org.surgalt.course;

import java.util.List;
import org.surgalt.platform.LocalizedText;

/** Everything needed to create a course, from the API or from a course folder. */
public record NewCourse(String code, String language, LocalizedText title, LocalizedText description,
        String attribution, List<NewModule> modules) {

    public record NewModule(LocalizedText title, List<NewItem> items) {
    }

    /** {@code upload}: the id of the caller's inspected upload that a file, video or package item carries. */
    public record NewItem(ItemKind kind, LocalizedText title, LocalizedText body, String url, String upload) {
        public NewItem(ItemKind kind, LocalizedText title, LocalizedText body, String url) {
            this(kind, title, body, url, null);
        }
    }
}
