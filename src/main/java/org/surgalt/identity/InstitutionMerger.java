package org.surgalt.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves everything that belongs to one institution to another, in the caller's transaction: every
 * column that holds an institution's id (admin/InstitutionsTest checks this list against the schema's
 * foreign keys). Updating app_user fires V018's triggers, so cohort totals by school move
 * with the people. Not moved: xAPI documents (their key is derived from the institution, so the
 * merged institution's LRS state stays where its clients stored it) and cohort totals rows, which the
 * triggers keep.
 */
@ApplicationScoped
class InstitutionMerger {

    private final EntityManager em;

    InstitutionMerger(EntityManager em) {
        this.em = em;
    }

    /** How many rows of each kind moved. */
    Map<String, Integer> move(long from, long into) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put("people", update("UPDATE app_user SET institution_id = ?2 WHERE institution_id = ?1", from, into));
        moved.put("identityProviders",
                update("UPDATE identity_provider SET institution_id = ?2 WHERE institution_id = ?1", from, into));
        // A person holding the same role in both keeps one grant (the unique key refuses a twin).
        int grants = update("UPDATE IGNORE role_grant SET scope_id = ?2 WHERE scope_type = 'INSTITUTION' "
                + "AND scope_id = ?1", from, into);
        em.createNativeQuery("DELETE FROM role_grant WHERE scope_type = 'INSTITUTION' AND scope_id = ?1")
                .setParameter(1, from).executeUpdate();
        moved.put("roleGrants", grants);
        moved.put("xapiClients", update("UPDATE xapi_client SET institution_id = ?2 WHERE institution_id = ?1",
                from, into));
        // A school node serves the merged institution's people where they now are: the kept institution.
        moved.put("schoolNodes", update("UPDATE school_node SET institution_id = ?2 WHERE institution_id = ?1",
                from, into));
        moved.put("xapiStatements",
                update("UPDATE xapi_statement SET institution_id = ?2 WHERE institution_id = ?1", from, into));
        // A cohort's team made "one per school" for the merged school becomes the other school's team,
        // unless the cohort has one for that school already: both teams stay as they are made (a team
        // is people, not a school), the merged school's no longer used by "one team per school".
        moved.put("schoolTeams", update("UPDATE cohort_team t LEFT JOIN cohort_team u ON u.cohort_id = t.cohort_id "
                + "AND u.institution_id = ?2 SET t.institution_id = ?2 WHERE t.institution_id = ?1 AND u.id IS NULL",
                from, into));
        return moved;
    }

    private int update(String sql, long from, long into) {
        return em.createNativeQuery(sql).setParameter(1, from).setParameter(2, into).executeUpdate();
    }
}
