package org.surgalt.admin.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The addresses of the audit log with a query's filters (next page, exports). */
final class AuditLinks {

    private AuditLinks() {
    }

    static String of(String path, AuditQuery query, boolean withCursor) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("actor", query.actor());
        values.put("person", query.person());
        values.put("action", query.action());
        values.put("objectType", query.objectType());
        values.put("objectId", query.objectId());
        values.put("from", query.from());
        values.put("to", query.to());
        if (withCursor) {
            values.put("before", query.before());
        }
        String parameters = values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return parameters.isEmpty() ? path : path + "?" + parameters;
    }
}
