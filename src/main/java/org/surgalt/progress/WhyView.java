package org.surgalt.progress;

import java.util.List;
import java.util.Locale;

import org.surgalt.course.CourseContent.ItemContent;

/** An {@link Explanation} in the reader's language, with links to the items still to do. */
public record WhyView(List<Module> modules, List<Condition> conditions) {

    public record Item(String title, String lang, String href) {
    }

    public record Module(String title, String lang, List<Item> missing) {
    }

    /** At least {@code atLeast} of {@code of} items; {@code needed} more of {@code missing}. */
    public record Condition(int needed, int atLeast, int of, List<Item> missing) {
    }

    /** Null once nothing is left. */
    public static WhyView of(Explanation why, String courseCode, Locale locale) {
        if (why.complete()) {
            return null;
        }
        return new WhyView(
                why.modules().stream().map(module -> new Module(module.module().title().in(locale),
                        module.module().title().languageIn(locale), items(module.missing(), courseCode, locale)))
                        .toList(),
                why.conditions().stream().map(condition -> new Condition(condition.needed(), condition.atLeast(),
                        condition.items().size(), items(condition.missing(), courseCode, locale))).toList());
    }

    private static List<Item> items(List<ItemContent> items, String code, Locale locale) {
        return items.stream().map(item -> new Item(item.title().in(locale), item.title().languageIn(locale),
                "/courses/" + code + "/items/" + item.id())).toList();
    }
}
