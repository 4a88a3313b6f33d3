package org.surgalt.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A part is rendered once per equal data and language, and never served for other data. */
class FragmentsTest {

    record Item(long id, String state) {
    }

    record Module(String title, List<Item> items) {
    }

    private final Template template = Engine.builder().addDefaults()
            .addValueResolver(new ReflectionValueResolver()).build()
            .parse("{module.title}:{#for item in module.items}{item.id}={item.state};{/for}");
    private final Fragments fragments = new Fragments();
    private final AtomicInteger renders = new AtomicInteger();

    private String render(Module module, Locale locale) {
        return fragments.render(module, locale, () -> {
            renders.incrementAndGet();
            return template.data("module", module);
        }).getValue();
    }

    @Test
    void equalDataIsRenderedOnceAndOtherDataAgain() {
        Module notStarted = new Module("One", List.of(new Item(1, "not-started"), new Item(2, "not-started")));
        assertEquals("One:1=not-started;2=not-started;", render(notStarted, Locale.ENGLISH));
        // Another learner at the same point: equal records, the same part, not rendered again.
        assertEquals("One:1=not-started;2=not-started;",
                render(new Module("One", List.of(new Item(1, "not-started"), new Item(2, "not-started"))),
                        Locale.ENGLISH));
        assertEquals(1, renders.get());

        // One item done: other data, so another part; the first learner's stays as it was.
        assertEquals("One:1=done;2=not-started;",
                render(new Module("One", List.of(new Item(1, "done"), new Item(2, "not-started"))), Locale.ENGLISH));
        assertEquals(2, renders.get());
        assertEquals("One:1=not-started;2=not-started;", render(notStarted, Locale.ENGLISH));

        // The same data in another language is another part (its messages differ).
        render(notStarted, Locale.forLanguageTag("mn"));
        assertEquals(3, renders.get());
    }
}
