package org.surgalt.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.surgalt.platform.DomainException;

class SearchQueryTest {

    private static SearchQuery parse(String typed) {
        return SearchQuery.parse(typed, 3, 84);
    }

    @Test
    void everyWordIsRequiredAsAPrefixAndOperatorsAreNotPassedOn() {
        SearchQuery query = parse("  +ЭРХ* -(\"хүний\") ~<watershed> @3 snake_case e-mail ");
        assertEquals(List.of("эрх", "хүний", "watershed", "snake_case", "mail"), query.terms());
        assertEquals("+эрх* +хүний* +watershed* +snake_case* +mail*", query.booleanMode());
        assertEquals(List.of("3", "e"), query.ignored());
    }

    @Test
    void wordsTheIndexDoesNotHoldAreLeftOutAndSaidSo() {
        SearchQuery query = parse("What is the IT of an ба нь teacher teacher");
        assertEquals(List.of("teacher"), query.terms());
        assertEquals(List.of("what", "is", "the", "it", "of", "an", "ба", "нь"), query.ignored());
        assertEquals("x".repeat(84), parse("x".repeat(84)).terms().get(0));
        assertEquals(List.of("y".repeat(85)), parse("x".repeat(84) + " " + "y".repeat(85)).ignored());
    }

    @Test
    void theLongestWordAnchorsTheSnippet() {
        assertEquals("тунхаглал", parse("эрх тунхаглал хүн").anchor());
    }

    @Test
    void emptyTooLongOrNothingSearchableIsRefusedNamingQ() {
        for (String typed : new String[] {null, "", "  \n", "x".repeat(201), "a to the", "** -- ()"}) {
            DomainException refused = assertThrows(DomainException.class, () -> parse(typed));
            assertEquals(DomainException.Kind.INVALID, refused.kind());
            assertEquals("q", refused.fieldErrors().get(0).field());
        }
        assertEquals(List.of("x".repeat(84)), parse(" ".repeat(100) + "x".repeat(84) + " ".repeat(100)).terms());
    }
}
