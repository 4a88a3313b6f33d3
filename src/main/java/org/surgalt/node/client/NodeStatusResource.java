package org.surgalt.node.client;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.Viewer;
import org.surgalt.node.LinkUnits;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.jobs.JobQueue;
import org.surgalt.web.Layout;

/**
 * The node's status page (node mode, its site admins): enrolled or not, the national server, the last
 * contact and how it went, what is queued, the link's speed, the last sync each way and the next one;
 * buttons that contact the national server or sync now.
 */
@Path("/node/status")
@Produces(MediaType.TEXT_HTML)
public class NodeStatusResource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /**
     * outcome: ok, refused, failed, unreachable or null (never called); texts already formatted, null
     * where there is nothing to show.
     */
    public record Status(boolean enrolled, String nationalUrl, String nodeId, String institution, String enrolledAt,
            String lastContact, String lastAttempt, String outcome, String speed, String nextHeartbeat,
            boolean scopeKnown, Integer people, Integer cohorts, long queuedRecords, long queuedFiles,
            String queuedBytes, String lastUp, String lastDown, String syncDetail, String nextSync,
            String syncWindow, String keyReplaced, boolean keyPending) {
    }

    @CheckedTemplate
    static class Templates {
        /** key: what the last key replacement said (replaced, uncertain), or null. */
        static native TemplateInstance status(Status status, boolean queued, String key);
    }

    private final NodeSiteAdmins admins;
    private final NodeSetupService setup;
    private final JobQueue jobs;
    private final NodeSchedule schedule;
    private final NodeSync sync;
    private final NodeClientConfig config;
    private final NodeKeyService keys;
    private final Layout layout;

    NodeStatusResource(NodeSiteAdmins admins, NodeSetupService setup, JobQueue jobs, NodeSchedule schedule,
            NodeSync sync, NodeClientConfig config, NodeKeyService keys, Layout layout) {
        this.keys = keys;
        this.admins = admins;
        this.setup = setup;
        this.jobs = jobs;
        this.schedule = schedule;
        this.sync = sync;
        this.config = config;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The node's status page (HTML, node mode): contact with the national server, backlog, syncs")
    public TemplateInstance page(@QueryParam("queued") boolean queued, @QueryParam("key") String key) {
        admins.require();
        SyncStep.Backlog backlog = sync.backlog();
        String bytes = LinkUnits.bytes(backlog.bytes());
        String nextSync = when(schedule.nextSync().orElse(null));
        Status status = setup.current().map(n -> new Status(true, n.nationalUrl(), n.nodeId(),
                n.institutionName() + " (" + n.institutionCode() + ")", when(n.enrolledAt()), when(n.lastContactAt()),
                when(n.lastAttemptAt()), n.lastOutcome() == null ? null : n.lastOutcome().name().toLowerCase(Locale.ROOT),
                n.linkBitsPerSecond() == null ? null : LinkUnits.bits(n.linkBitsPerSecond()),
                when(schedule.nextHeartbeat().orElse(null)), n.scopeCheckedAt() != null, n.scopePeople(),
                n.scopeCohorts(), backlog.records(), backlog.files(), bytes, when(n.lastUpSyncAt()),
                when(n.lastDownSyncAt()), n.lastSyncDetail(), nextSync, config.syncWindow().orElse(null),
                when(n.keyRotatedAt()), n.pendingKey().isPresent()))
                .orElse(new Status(false, null, null, null, null, null, null, null, null, null, false, null, null,
                        0, 0, bytes, null, null, null, null, null, null, false));
        return layout.apply(Templates.status(status, queued, key));
    }

    @POST
    @Path("/heartbeat")
    @Operation(summary = "Contact the national server now (form): queues a heartbeat")
    public Response heartbeatNow() {
        admins.require();
        if (setup.current().isPresent()) {
            jobs.enqueueUnlessPending(NodeHeartbeatJob.JOB, Map.of());
        }
        return Response.seeOther(URI.create("/node/status")).build();
    }

    @POST
    @Path("/sync")
    @Operation(summary = "Sync with the national server now (form): queues a sync round, whatever the schedule")
    public Response syncNow() {
        admins.require();
        if (setup.current().isEmpty()) {
            return Response.seeOther(URI.create("/node/status")).build();
        }
        jobs.enqueueUnlessPending(NodeSyncJob.JOB, Map.of());
        return Response.seeOther(URI.create("/node/status?queued=true")).build();
    }

    @POST
    @Path("/key")
    @Operation(summary = "Replace the node's key (form, with the box ticked): a new key, told to the national server")
    public Response replaceKey(@FormParam("confirm") String confirm) {
        Viewer viewer = admins.require();
        if (!"yes".equals(confirm)) {
            throw DomainException.invalid("confirm", "Tick the box to replace the node's key.");
        }
        NodeKeyService.Outcome outcome = keys.replace(viewer);
        return Response.seeOther(URI.create("/node/status?key=" + outcome.name().toLowerCase(Locale.ROOT))).build();
    }

    private static String when(Instant at) {
        return at == null ? null : WHEN.format(at);
    }
}
