package org.surgalt.course.release;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.web.Formats;

/**
 * What opens a closed item, in the reader's language: "Opens when you complete “Lesson 2” and
 * “Quiz 1”." "Opens when you score at least 60 % on “Quiz 1”." "Opens on 12 Jan 2027." "For
 * teachers of School 12 only." One sentence per condition not met, in {@link Release}'s order.
 */
@ApplicationScoped
public class ReleaseText {

    private final Audiences audiences;

    ReleaseText(Audiences audiences) {
        this.audiences = audiences;
    }

    /** The sentences, each ending in a full stop; empty for an open item. */
    public List<String> sentences(List<Unmet> unmet, Locale locale) {
        ReleaseMessages msg = messages(locale);
        List<String> sentences = new ArrayList<>();
        for (Unmet condition : unmet) {
            sentences.add(switch (condition.kind()) {
                case MODULE -> msg.release_after_module(condition.module().title().in(locale));
                case ITEMS -> msg.release_after_items(titles(condition.items(), locale, msg.release_and()));
                case SCORE -> msg.release_score(condition.items().get(0).title().in(locale), condition.atLeast());
                case DATE -> msg.release_on(LocalTime.MIDNIGHT.equals(condition.at().atZone(Formats.ZONE).toLocalTime())
                        ? Formats.date(condition.at(), locale) : Formats.when(condition.at(), locale));
                case AUDIENCE -> msg.release_audience(Stream.concat(
                        audiences.institutions(condition.institutions()).values().stream(),
                        audiences.cohorts(condition.cohorts()).values().stream())
                        .collect(Collectors.joining(" " + msg.release_or() + " ")));
            });
        }
        return sentences;
    }

    /** The sentences as one text; empty for an open item. */
    public String text(List<Unmet> unmet, Locale locale) {
        return String.join(" ", sentences(unmet, locale));
    }

    private static String titles(List<ItemContent> items, Locale locale, String and) {
        List<String> quoted = items.stream().map(item -> "“" + item.title().in(locale) + "”").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " " + and + " " + quoted.get(quoted.size() - 1);
    }

    static ReleaseMessages messages(Locale locale) {
        return MessageBundles.get(ReleaseMessages.class,
                Localized.Literal.of("mn".equals(locale.getLanguage()) ? "mn" : "en"));
    }
}
