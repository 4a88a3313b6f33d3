package org.surgalt.node.client;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.node.client.up.UpOutbox;
import org.surgalt.node.client.up.UpRecord;
import org.surgalt.web.Layout;

/**
 * The node's learner records that are not going up (node mode, its site admins): held ones (no national
 * link yet, a file still being checked) and ones the national server refused, each with why.
 */
@Path("/node/records")
@Produces(MediaType.TEXT_HTML)
public class NodeRecordsPageResource {

    /** The most rows the page shows (newest first). */
    static final int SHOWN = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance records(List<UpRecord> records, long queued);
    }

    private final NodeSiteAdmins admins;
    private final UpOutbox outbox;
    private final Layout layout;

    NodeRecordsPageResource(NodeSiteAdmins admins, UpOutbox outbox, Layout layout) {
        this.admins = admins;
        this.outbox = outbox;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "The node's held and refused learner records, with why (HTML, node mode)")
    public TemplateInstance page() {
        admins.require();
        return layout.apply(Templates.records(outbox.unsent(SHOWN), outbox.backlog().records()));
    }
}
