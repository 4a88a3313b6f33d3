package org.surgalt.progress;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.release.Unmet;

/** An {@link Explanation} in the reader's language, with links to the items still to do. */
public record WhyView(List<Module> modules, List<Condition> conditions, List<Locked> locked) {

    /** An item still to do that is not open yet, and what opens it in the reader's language. */
    public record Locked(String title, String lang, String opensWhen) {
    }

    /** {@code href}: null for an item in a module that is not open to the learner yet. */
    public record Item(String title, String lang, String href) {
    }

    public record Module(String title, String lang, List<Item> missing) {
    }

    /** At least {@code atLeast} of {@code of} items; {@code needed} more of {@code missing}. */
    public record Condition(int needed, int atLeast, int of, List<Item> missing) {
    }

    /** Null once nothing is left; {@code open}: whether the learner may open an item (its module is open). */
    public static WhyView of(Explanation why, String courseCode, Locale locale, Predicate<ItemContent> open,
            Function<List<Unmet>, String> opensWhen) {
        if (why.complete()) {
            return null;
        }
        return new WhyView(
                why.modules().stream().map(module -> new Module(module.module().title().in(locale),
                        module.module().title().languageIn(locale), items(module.missing(), courseCode, locale, open)))
                        .toList(),
                why.conditions().stream().map(condition -> new Condition(condition.needed(), condition.atLeast(),
                        condition.items().size(), items(condition.missing(), courseCode, locale, open))).toList(),
                why.locked().stream().map(locked -> new Locked(locked.item().title().in(locale),
                        locked.item().title().languageIn(locale), opensWhen.apply(locked.unmet()))).toList());
    }

    private static List<Item> items(List<ItemContent> items, String code, Locale locale, Predicate<ItemContent> open) {
        return items.stream().map(item -> new Item(item.title().in(locale), item.title().languageIn(locale),
                open.test(item) ? "/courses/" + code + "/items/" + item.id() : null)).toList();
    }
}
