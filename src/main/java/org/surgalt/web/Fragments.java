package org.surgalt.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Rendered parts of pages, kept by everything they are made of. A part whose data is equal (a
 * record of records and lists, compared by value) in the same language is the same HTML, so a
 * part is rendered once and then reused, by every viewer whose data is the same: a course
 * outline's module, say, for every learner at the same point in it. The key is the whole input,
 * so nothing stale can be shown: data that changed is another key. Bounded: past
 * {@link #MAX_PARTS} parts the cache starts afresh. A module of the 64-item load course is about
 * 2,500 characters, 5 KB in Mongolian, so the bound holds at most about 20 MB; a busy course
 * needs some 200 parts (each module in each state learners are in, in two languages).
 */
@ApplicationScoped
public class Fragments {

    static final int MAX_PARTS = 4096;

    private final Map<Key, RawString> rendered = new ConcurrentHashMap<>();

    /**
     * The part for {@code data} in {@code locale}, rendered by {@code template} (which must
     * depend on nothing but {@code data}, the locale and constants) the first time.
     */
    public RawString render(Object data, Locale locale, Supplier<TemplateInstance> template) {
        Key key = new Key(data, locale);
        RawString html = rendered.get(key);
        if (html == null) {
            html = new RawString(template.get().setLocale(locale).render());
            if (rendered.size() >= MAX_PARTS) {
                rendered.clear();
            }
            rendered.put(key, html);
        }
        return html;
    }

    private record Key(Object data, Locale locale) {
    }
}
