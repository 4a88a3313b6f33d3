package org.surgalt.samples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.surgalt.course.Course;
import org.surgalt.course.Item;
import org.surgalt.course.ItemKind;
import org.surgalt.course.NewCourse;
import org.surgalt.platform.LocalizedText;

/** Reads a course folder (course.yaml + Markdown lessons, see content-samples/README.md). */
final class CourseFolder {

    static final String COURSE_FILE = "course.yaml";
    private static final Set<String> KINDS = Arrays.stream(ItemKind.values()).map(ItemKind::id)
            .collect(Collectors.toSet());

    private CourseFolder() {
    }

    static boolean isCourseFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(COURSE_FILE));
    }

    static NewCourse read(Path folder, String displayName) throws SampleFormatException {
        YamlDocument.Loaded loaded = YamlDocument.load(folder.resolve(COURSE_FILE), displayName);
        YamlDocument doc = loaded.document();
        Map<?, ?> root = loaded.root();

        String code = doc.string(root, "code", "", true);
        if (code != null && !Course.CODE.matcher(code).matches()) {
            doc.problem("code", "must be 3 to 64 lower-case letters, digits or '-', not starting or ending with '-'");
        }
        String language = doc.oneOf(root, "language", "", Set.of("en", "mn"));
        String lang = language == null ? "en" : language;
        LocalizedText title = doc.text(root, "title", "", true, lang, YamlDocument.ValueReader.AS_IS);
        LocalizedText description = doc.text(root, "description", "", false, lang, YamlDocument.ValueReader.AS_IS);
        String attribution = doc.string(root, "attribution", "", false);
        YamlDocument.ValueReader bodyFiles = (relative, path) -> doc.markdownFile(folder, relative, path,
                Item.MAX_BODY);

        List<NewCourse.NewModule> modules = new ArrayList<>();
        List<?> moduleList = doc.list(root, "modules", "", true);
        for (int m = 0; m < moduleList.size(); m++) {
            String modulePath = "modules[" + m + "].";
            Map<?, ?> module = doc.mapping(moduleList.get(m), "modules[" + m + "]");
            if (module == null) {
                continue;
            }
            LocalizedText moduleTitle = doc.text(module, "title", modulePath, true, lang, YamlDocument.ValueReader.AS_IS);
            List<NewCourse.NewItem> items = new ArrayList<>();
            List<?> itemList = doc.list(module, "items", modulePath, true);
            for (int i = 0; i < itemList.size(); i++) {
                String itemPath = modulePath + "items[" + i + "].";
                Map<?, ?> item = doc.mapping(itemList.get(i), modulePath + "items[" + i + "]");
                if (item == null) {
                    continue;
                }
                String kind = doc.oneOf(item, "kind", itemPath, KINDS);
                LocalizedText itemTitle = doc.text(item, "title", itemPath, true, lang, YamlDocument.ValueReader.AS_IS);
                LocalizedText body = doc.text(item, "body", itemPath, false, lang, bodyFiles);
                String url = doc.string(item, "url", itemPath, "link".equals(kind));
                if (url != null && !url.matches("https?://[^\\s/]+\\S*")) {
                    doc.problem(itemPath + "url", "must be an absolute http or https address");
                }
                items.add(new NewCourse.NewItem(kind == null ? null : ItemKind.fromId(kind).orElse(null), itemTitle,
                        body, url));
            }
            modules.add(new NewCourse.NewModule(moduleTitle, items));
        }
        doc.throwIfProblems();
        return new NewCourse(code, lang, title, description, attribution, modules);
    }
}
