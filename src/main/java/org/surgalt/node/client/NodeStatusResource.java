package org.surgalt.node.client;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.platform.jobs.JobQueue;
import org.surgalt.web.Layout;

/**
 * The node's status page (node mode, its site admins): enrolled or not, the national server, the last
 * contact and how it went, what is queued, the link's speed, the next heartbeat; and a button that
 * contacts the national server now.
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
            boolean scopeKnown, Integer people, Integer cohorts) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance status(Status status);
    }

    private final NodeSiteAdmins admins;
    private final NodeSetupService setup;
    private final JobQueue jobs;
    private final Scheduler scheduler;
    private final Layout layout;

    NodeStatusResource(NodeSiteAdmins admins, NodeSetupService setup, JobQueue jobs, Scheduler scheduler,
            Layout layout) {
        this.admins = admins;
        this.setup = setup;
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The node's status page (HTML, node mode): contact with the national server, backlog, link")
    public TemplateInstance page() {
        admins.require();
        Status status = setup.current().map(n -> new Status(true, n.nationalUrl(), n.nodeId(),
                n.institutionName() + " (" + n.institutionCode() + ")", when(n.enrolledAt()), when(n.lastContactAt()),
                when(n.lastAttemptAt()), n.lastOutcome() == null ? null : n.lastOutcome().name().toLowerCase(Locale.ROOT),
                bits(n.linkBitsPerSecond()), nextHeartbeat(), n.scopeCheckedAt() != null, n.scopePeople(),
                n.scopeCohorts()))
                .orElse(new Status(false, null, null, null, null, null, null, null, null, null, false, null, null));
        return layout.apply(Templates.status(status));
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

    /** Null when the heartbeat is off (surgalt.node.heartbeat-interval=off). */
    private String nextHeartbeat() {
        Trigger trigger = scheduler.getScheduledJob(NodeHeartbeatJob.SCHEDULE);
        return trigger == null ? null : when(trigger.getNextFireTime());
    }

    private static String when(Instant at) {
        return at == null ? null : WHEN.format(at);
    }

    static String bits(Long perSecond) {
        if (perSecond == null) {
            return null;
        }
        return perSecond < 1_000_000 ? String.format(Locale.ROOT, "%.1f kbit/s", perSecond / 1000.0)
                : String.format(Locale.ROOT, "%.1f Mbit/s", perSecond / 1_000_000.0);
    }
}
