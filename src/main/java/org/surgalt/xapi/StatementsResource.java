package org.surgalt.xapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Statements resource (xAPI 1.0.3 Communication 2.1, 2.0 part three 4.1). */
@Path("/xapi/statements")
@Tag(name = "xAPI")
public class StatementsResource {

    static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> QUERY = Set.of("statementId", "voidedStatementId", "agent", "verb", "activity",
            "registration", "related_activities", "related_agents", "since", "until", "limit", "format", "attachments",
            "ascending", "cursor");
    private static final Set<String> SINGLE = Set.of("statementId", "voidedStatementId", "format", "attachments");

    private final XapiStatements statements;
    private final StatementQueries queries;
    private final XapiRequest request;
    private final XapiConfig config;

    StatementsResource(XapiStatements statements, StatementQueries queries, XapiRequest request, XapiConfig config) {
        this.statements = statements;
        this.queries = queries;
        this.request = request;
        this.config = config;
    }

    @PUT
    @Operation(summary = "Store one statement under the id given as statementId")
    public Response put(UriInfo uri, HttpHeaders headers, byte[] body) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        allowOnly(query, Set.of("statementId"));
        String statementId = single(query, "statementId");
        if (statementId == null) {
            throw new XapiRejected(400, "PUT statements needs the statementId parameter.");
        }
        XapiValues.uuid(com.fasterxml.jackson.databind.node.TextNode.valueOf(statementId), "statementId");
        StatementBodies.Incoming incoming = StatementBodies.incoming(headers, body);
        if (incoming.statements().size() != 1 || incoming.array()) {
            throw new XapiRejected(400, "PUT statements takes one statement (a JSON object).");
        }
        ObjectNode statement = incoming.statements().get(0);
        if (statement.has("id") && !statementId.equalsIgnoreCase(statement.get("id").asText())) {
            throw new XapiRejected(400, "The statement's id differs from the statementId parameter.");
        }
        if (!statement.has("id")) {
            statement.put("id", statementId);
        }
        store(incoming);
        return Response.noContent().build();
    }

    @POST
    @Operation(summary = "Store one statement or an array of statements; their ids in order")
    public Response post(UriInfo uri, HttpHeaders headers, byte[] body) {
        allowOnly(uri.getQueryParameters(), Set.of());
        StatementBodies.Incoming incoming = StatementBodies.incoming(headers, body);
        List<UUID> ids = store(incoming);
        ArrayNode out = STRICT.createArrayNode();
        ids.forEach(id -> out.add(id.toString()));
        return Response.ok(out.toString(), "application/json").build();
    }

    /** Stores in a transaction of its own; once more when a concurrent request stored the same id first. */
    private List<UUID> store(StatementBodies.Incoming incoming) {
        try {
            return statements.store(request.requireCaller(), incoming.statements(), incoming.parts(), request.version());
        } catch (XapiStatements.StoredConcurrently e) {
            return statements.store(request.requireCaller(), incoming.statements(), incoming.parts(), request.version());
        }
    }

    @GET
    @Operation(summary = "One statement by statementId or voidedStatementId, or the statements matching the filters")
    public Response get(UriInfo uri, HttpHeaders headers) {
        XapiCaller caller = request.requireCaller();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        allowOnly(query, QUERY);
        String format = single(query, "format") == null ? "exact" : single(query, "format");
        if (!Set.of("exact", "ids", "canonical").contains(format)) {
            throw new XapiRejected(400, "format must be exact, ids or canonical.");
        }
        boolean attachments = bool(query, "attachments");
        List<String> languages = headers.getAcceptableLanguages().stream().map(Locale::toLanguageTag)
                .filter(tag -> !tag.equals("*")).toList();
        String consistent = XapiGate.consistentThrough();
        String statementId = single(query, "statementId");
        String voidedId = single(query, "voidedStatementId");
        if (statementId != null || voidedId != null) {
            if (statementId != null && voidedId != null || !SINGLE.containsAll(query.keySet())) {
                throw new XapiRejected(400, "statementId and voidedStatementId take no other parameters than format"
                        + " and attachments.");
            }
            String id = statementId != null ? statementId : voidedId;
            XapiValues.uuid(com.fasterxml.jackson.databind.node.TextNode.valueOf(id),
                    statementId != null ? "statementId" : "voidedStatementId");
            StatementStore.Row row = queries.one(caller, UUID.fromString(id), voidedId != null)
                    .orElseThrow(() -> new XapiRejected(404, "No statement " + id + " here."));
            ObjectNode statement = StatementFormats.apply(XapiStatements.parse(row.body()), format, languages);
            return respond(statement, List.of(statement), attachments, row.storedMs(), consistent);
        }
        StatementQueries.Filters filters = filters(query);
        StatementQueries.Page page = queries.query(caller, filters);
        ArrayNode list = STRICT.createArrayNode();
        List<ObjectNode> found = new ArrayList<>();
        long lastModified = 0;
        for (StatementStore.Row row : page.rows()) {
            ObjectNode statement = StatementFormats.apply(XapiStatements.parse(row.body()), format, languages);
            list.add(statement);
            found.add(statement);
            lastModified = Math.max(lastModified, row.storedMs());
        }
        ObjectNode result = STRICT.createObjectNode();
        result.set("statements", list);
        result.put("more", page.nextCursor() == null ? "" : more(uri, page.nextCursor()));
        return respond(result, found, attachments, lastModified == 0 ? System.currentTimeMillis() : lastModified,
                consistent);
    }

    private Response respond(ObjectNode json, List<ObjectNode> statements, boolean attachments, long lastModified,
            String consistent) {
        Response.ResponseBuilder response;
        if (attachments) {
            List<Multipart.Part> parts = new ArrayList<>();
            parts.add(new Multipart.Part(Map.of("Content-Type", "application/json"),
                    json.toString().getBytes(StandardCharsets.UTF_8)));
            Set<String> sent = new LinkedHashSet<>();
            for (ObjectNode statement : statements) {
                addAttachments(statement, sent, parts);
                if (statement.path("object").path("objectType").asText().equals("SubStatement")) {
                    addAttachments((ObjectNode) statement.get("object"), sent, parts);
                }
            }
            String boundary = "xapi-" + UUID.randomUUID();
            response = Response.ok(Multipart.write(boundary, parts), "multipart/mixed; boundary=" + boundary);
        } else {
            response = Response.ok(json.toString(), "application/json");
        }
        return response.header("X-Experience-API-Consistent-Through", consistent)
                .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        Instant.ofEpochMilli(lastModified).atOffset(ZoneOffset.UTC)))
                .build();
    }

    private void addAttachments(ObjectNode statement, Set<String> sent, List<Multipart.Part> parts) {
        for (JsonNode attachment : statement.path("attachments")) {
            String sha2 = attachment.path("sha2").asText().toLowerCase(Locale.ROOT);
            if (!sent.add(sha2)) {
                continue;
            }
            statements.attachment(sha2).ifPresent(stored -> {
                Map<String, String> h = new LinkedHashMap<>();
                h.put("Content-Type", stored.contentType());
                h.put("Content-Transfer-Encoding", "binary");
                h.put("X-Experience-API-Hash", sha2);
                parts.add(new Multipart.Part(h, stored.content()));
            });
        }
    }

    private StatementQueries.Filters filters(MultivaluedMap<String, String> query) {
        String agentIfi = null;
        String agent = single(query, "agent");
        if (agent != null) {
            JsonNode node = StatementBodies.json(agent, "agent");
            AgentRules.actor(node, "agent");
            agentIfi = StatementKeys.ifi(node).orElseThrow(() -> new XapiRejected(400,
                    "agent: an anonymous group cannot be a filter; give an agent or an identified group."));
        }
        String verb = single(query, "verb");
        if (verb != null) {
            XapiValues.iri(com.fasterxml.jackson.databind.node.TextNode.valueOf(verb), "verb");
        }
        String activity = single(query, "activity");
        if (activity != null) {
            XapiValues.iri(com.fasterxml.jackson.databind.node.TextNode.valueOf(activity), "activity");
        }
        String registration = single(query, "registration");
        if (registration != null) {
            XapiValues.uuid(com.fasterxml.jackson.databind.node.TextNode.valueOf(registration), "registration");
        }
        Long since = single(query, "since") == null ? null
                : XapiValues.timestamp(single(query, "since"), "since").toEpochMilli();
        Long until = single(query, "until") == null ? null
                : XapiValues.timestamp(single(query, "until"), "until").toEpochMilli();
        int max = config.maxStatementsPerPage();
        int limit = max;
        if (single(query, "limit") != null) {
            try {
                limit = Integer.parseInt(single(query, "limit"));
            } catch (NumberFormatException e) {
                throw new XapiRejected(400, "limit must be a whole number.");
            }
            if (limit < 0) {
                throw new XapiRejected(400, "limit must not be negative.");
            }
            limit = limit == 0 ? max : Math.min(limit, max);
        }
        Long cursor = null;
        if (single(query, "cursor") != null) {
            try {
                cursor = Long.parseLong(single(query, "cursor"));
            } catch (NumberFormatException e) {
                throw new XapiRejected(400, "cursor is the one a more link gave.");
            }
        }
        return new StatementQueries.Filters(agentIfi, verb, activity, registration == null ? null
                : registration.toLowerCase(Locale.ROOT), bool(query, "related_agents"), bool(query, "related_activities"),
                since, until, limit, bool(query, "ascending"), cursor);
    }

    /** The same query from the next statement on: stateless, so any instance answers it. */
    private static String more(UriInfo uri, long cursor) {
        StringBuilder more = new StringBuilder("/xapi/statements?");
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("cursor")) {
                values.forEach(value -> more.append(encode(name)).append('=').append(encode(value)).append('&'));
            }
        });
        return more.append("cursor=").append(cursor).toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void allowOnly(MultivaluedMap<String, String> query, Set<String> allowed) {
        for (String name : query.keySet()) {
            if (!allowed.contains(name)) {
                throw new XapiRejected(400, "The parameter \"" + name + "\" is not one this resource takes.");
            }
        }
    }

    static String single(MultivaluedMap<String, String> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new XapiRejected(400, "The parameter \"" + name + "\" is given more than once.");
        }
        return values.get(0);
    }

    private static boolean bool(MultivaluedMap<String, String> query, String name) {
        String value = single(query, name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new XapiRejected(400, name + " must be true or false.");
        }
        return value.equals("true");
    }
}
