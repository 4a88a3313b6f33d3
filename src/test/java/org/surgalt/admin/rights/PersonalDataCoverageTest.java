package org.surgalt.admin.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every column that names a person (a foreign key to app_user, as the database itself reports
 * them) has a decision for export and erasure in {@link PersonalDataMap}: a new feature that
 * stores something about people fails here until someone decides what happens to it.
 */
@QuarkusTest
class PersonalDataCoverageTest {

    @Inject
    EntityManager em;

    @Test
    void everyForeignKeyToAPersonHasADecision() {
        @SuppressWarnings("unchecked")
        List<String> columns = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) FROM information_schema.KEY_COLUMN_USAGE "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'app_user'").getResultList());
        assertTrue(columns.size() >= 40, "the database reports its foreign keys: " + columns);
        Map<String, PersonalDataMap.Rule> rules = PersonalDataMap.rules();
        TreeSet<String> undecided = new TreeSet<>(columns);
        undecided.removeAll(rules.keySet());
        assertEquals(new TreeSet<>(), undecided,
                "columns naming a person with no export/erase decision in admin/rights/PersonalDataMap");
        TreeSet<String> stale = new TreeSet<>(rules.keySet());
        stale.removeAll(columns);
        assertEquals(new TreeSet<>(), stale, "decisions for columns that no longer name a person");
    }

    @Test
    void everyTableKeptOrErasedForThePersonIsInTheExport() {
        TreeSet<String> missing = new TreeSet<>();
        PersonalDataMap.rules().forEach((column, rule) -> {
            String table = column.substring(0, column.indexOf('.'));
            boolean exported = PersonExportFiles.FILES.stream().anyMatch(file -> file.sql().contains(" " + table + " "));
            if (rule.decision() != PersonalDataMap.Decision.STAFF && !exported) {
                missing.add(table);
            }
        });
        assertEquals(new TreeSet<>(), missing, "the person's own records each go into some file of the export");
    }
}
