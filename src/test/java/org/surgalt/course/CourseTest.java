package org.surgalt.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.LocalizedText;

class CourseTest {

    private static Course course() {
        return new Course("intro-course", "en", LocalizedText.of("Intro", null), null, null);
    }

    @Test
    void modulesAndItemsAreNumberedInTheOrderTheyAreAdded() {
        Course course = course();
        CourseModule first = course.addModule(LocalizedText.of("One", null));
        CourseModule second = course.addModule(LocalizedText.of(null, "Хоёр"));
        first.addItem(ItemKind.PAGE, LocalizedText.of("a", null), null, null);
        Item b = first.addItem(ItemKind.QUIZ, LocalizedText.of("b", null), null, null);
        assertEquals(List.of(1, 2), course.modules().stream().map(CourseModule::position).toList());
        assertEquals(2, b.position());
        assertEquals(2, second.position());
    }

    @Test
    void aCodeIsLowerCaseLettersDigitsAndDashes() {
        for (String bad : new String[] {"ab", "Has-Caps", "-dash", "dash-", "with space", "кирилл", "x".repeat(65)}) {
            DomainException e = assertThrows(DomainException.class,
                    () -> new Course(bad, "en", LocalizedText.of("t", null), null, null), bad);
            assertEquals("code", e.fieldErrors().get(0).field());
        }
        assertEquals("a-1", new Course("a-1", "mn", LocalizedText.of(null, "т"), null, null).code());
    }

    @Test
    void aTitleIsNeededInSomeLanguage() {
        DomainException e = assertThrows(DomainException.class,
                () -> new Course("no-title", "en", LocalizedText.of(" ", null), null, null));
        assertEquals("title", e.fieldErrors().get(0).field());
        assertThrows(DomainException.class, () -> course().addModule(LocalizedText.empty()));
    }

    @Test
    void linksMustBeWebAddresses() {
        CourseModule module = course().addModule(LocalizedText.of("m", null));
        for (String bad : new String[] {null, "javascript:alert(1)", "data:text/html,x", "/relative", "ftp://x.org/f",
                "https:///nohost"}) {
            DomainException e = assertThrows(DomainException.class,
                    () -> module.addItem(ItemKind.LINK, LocalizedText.of("l", null), null, bad), String.valueOf(bad));
            assertEquals("url", e.fieldErrors().get(0).field());
        }
        assertEquals("https://example.org/a?b=c",
                module.addItem(ItemKind.LINK, LocalizedText.of("l", null), null, " https://example.org/a?b=c ").url());
    }

    @Test
    void lessonTextIsBounded() {
        CourseModule module = course().addModule(LocalizedText.of("m", null));
        DomainException e = assertThrows(DomainException.class, () -> module.addItem(ItemKind.PAGE,
                LocalizedText.of("p", null), LocalizedText.of(null, "ө".repeat(Item.MAX_BODY + 1)), null));
        assertEquals("body.mn", e.fieldErrors().get(0).field());
    }
}
