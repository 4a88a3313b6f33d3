package org.surgalt.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The LRS's small resources: About, Activities and Agents (xAPI 1.0.3 Communication 2.4, 2.5, 2.7). */
@Path("/xapi")
@Tag(name = "xAPI")
public class XapiResources {

    private static final List<String> VERSIONS = List.of("1.0.0", "1.0.1", "1.0.2", XapiVersion.V1, XapiVersion.V2);

    private final ActivityDefinitions definitions;
    private final XapiRequest request;

    XapiResources(ActivityDefinitions definitions, XapiRequest request) {
        this.definitions = definitions;
        this.request = request;
    }

    @GET
    @Path("/about")
    @Operation(summary = "The xAPI versions this LRS speaks")
    public Response about() {
        ObjectNode about = StatementsResource.STRICT.createObjectNode();
        VERSIONS.forEach(about.putArray("version")::add);
        about.putObject("extensions");
        return Response.ok(about.toString(), "application/json").build();
    }

    @GET
    @Path("/activities")
    @Operation(summary = "An activity with its canonical definition")
    @Transactional
    public Response activity(UriInfo uri) {
        requireRead();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        StatementsResource.allowOnly(query, Set.of("activityId"));
        String id = StatementsResource.single(query, "activityId");
        if (id == null) {
            throw new XapiRejected(400, "GET activities needs the activityId parameter.");
        }
        XapiValues.iri(TextNode.valueOf(id), "activityId");
        return Response.ok(definitions.activity(id).toString(), "application/json").build();
    }

    @GET
    @Path("/agents")
    @Operation(summary = "The Person object of an agent: every identifier the LRS knows for it")
    public Response agents(UriInfo uri) {
        requireRead();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        StatementsResource.allowOnly(query, Set.of("agent"));
        String agent = StatementsResource.single(query, "agent");
        if (agent == null) {
            throw new XapiRejected(400, "GET agents needs the agent parameter.");
        }
        JsonNode node = StatementBodies.json(agent, "agent");
        AgentRules.agent(node, "agent");
        ObjectNode person = StatementsResource.STRICT.createObjectNode().put("objectType", "Person");
        for (String property : List.of("name", "mbox", "mbox_sha1sum", "openid", "account")) {
            if (node.has(property)) {
                person.putArray(property).add(node.get(property));
            }
        }
        return Response.ok(person.toString(), "application/json").build();
    }

    private void requireRead() {
        if (!request.requireCaller().read()) {
            throw new XapiRejected(403, "This client may not read.");
        }
    }
}
