package org.surgalt.xapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads statements for a caller, within what the caller may read: an institution's client its
 * institution's statements, launched content its learner's, a site-wide client everything.
 * Voided statements are found only by voidedStatementId.
 */
@ApplicationScoped
class StatementQueries {

    private final StatementStore store;
    private final XapiAgents agents;

    StatementQueries(StatementStore store, XapiAgents agents) {
        this.store = store;
        this.agents = agents;
    }

    record Filters(String agentIfi, String verb, String activity, String registration, boolean relatedAgents,
            boolean relatedActivities, Long sinceMs, Long untilMs, int limit, boolean ascending, Long cursor) {
    }

    record Page(List<StatementStore.Row> rows, Long nextCursor) {
    }

    @Transactional
    Optional<StatementStore.Row> one(XapiCaller caller, UUID id, boolean voided) {
        requireRead(caller);
        return store.byId(id).filter(row -> row.voided() == voided).filter(row -> mayRead(caller, row));
    }

    @Transactional
    Page query(XapiCaller caller, Filters filters) {
        requireRead(caller);
        List<StatementStore.KeyFilter> keys = new ArrayList<>();
        if (filters.agentIfi() != null) {
            keys.add(new StatementStore.KeyFilter(StatementKeys.agent(filters.agentIfi()), !filters.relatedAgents()));
        }
        if (filters.activity() != null) {
            keys.add(new StatementStore.KeyFilter(StatementKeys.activity(filters.activity()), !filters.relatedActivities()));
        }
        if (filters.verb() != null) {
            keys.add(new StatementStore.KeyFilter(StatementKeys.verb(filters.verb()), true));
        }
        if (filters.registration() != null) {
            keys.add(new StatementStore.KeyFilter(StatementKeys.registration(filters.registration()), true));
        }
        if (caller.isLaunch()) {
            keys.add(new StatementStore.KeyFilter(StatementKeys.agent(learnerIfi(caller)), true));
        }
        boolean scoped = !caller.isLaunch() && caller.institutionId() != null;
        List<StatementStore.Row> rows = store.query(new StatementStore.Query(keys, filters.sinceMs(), filters.untilMs(),
                filters.ascending(), filters.cursor(), filters.limit() + 1, scoped, caller.institutionId()));
        Long next = null;
        if (rows.size() > filters.limit()) {
            rows = rows.subList(0, filters.limit());
            next = rows.get(rows.size() - 1).seq();
        }
        return new Page(rows, next);
    }

    private boolean mayRead(XapiCaller caller, StatementStore.Row row) {
        if (caller.isLaunch()) {
            ObjectNode statement = XapiStatements.parse(row.body());
            return learnerIfi(caller).equals(StatementKeys.ifi(statement.get("actor")).orElse(""));
        }
        return caller.institutionId() == null || caller.institutionId().equals(row.institutionId());
    }

    private String learnerIfi(XapiCaller caller) {
        return StatementKeys.ifi(agents.learner(caller.launch().userId(), null)).orElseThrow();
    }

    private static void requireRead(XapiCaller caller) {
        if (!caller.read()) {
            throw new XapiRejected(403, "This client may not read statements.");
        }
    }
}
