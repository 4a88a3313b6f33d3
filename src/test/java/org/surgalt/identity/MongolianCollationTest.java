package org.surgalt.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Names are sorted and searched the way Mongolian readers expect, by the database itself. */
@QuarkusTest
class MongolianCollationTest {

    private static final String DOMAIN = "@collation.test";

    @Inject
    UserRepository users;

    @BeforeEach
    @Transactional
    void people() {
        users.delete("email like ?1", "%" + DOMAIN);
        for (String name : List.of("Үнэн", "Уран", "Өндөр", "Оюун", "Пүрэв", "Нараа", "ай", "аи")) {
            users.persist(new User(Integer.toHexString(name.hashCode()) + DOMAIN, name, "mn", null));
        }
    }

    @Test
    void barredOAndStraightUSortAfterTheirPlainLetters() {
        List<String> sorted = users.list("email like ?1 order by displayName", "%" + DOMAIN).stream()
                .map(User::displayName).toList();
        assertEquals(List.of("аи", "ай", "Нараа", "Оюун", "Өндөр", "Пүрэв", "Уран", "Үнэн"), sorted);
    }

    @Test
    void searchIgnoresCaseButNotLetters() {
        assertEquals(List.of("Өндөр"), names("displayName = ?1", "ӨНДӨР"));
        assertEquals(List.of("Өндөр"), names("displayName like ?1", "өнд%"));
        assertEquals(List.of("Үнэн"), names("displayName = ?1", "үнэн"));
        // Ө is its own letter, not an O with an accent; likewise й is not и.
        assertEquals(List.of(), names("displayName = ?1", "Ондор"));
        assertEquals(List.of("ай"), names("displayName = ?1", "АЙ"));
    }

    private List<String> names(String query, String value) {
        return users.list(query + " and email like ?2", value, "%" + DOMAIN).stream().map(User::displayName).toList();
    }
}
