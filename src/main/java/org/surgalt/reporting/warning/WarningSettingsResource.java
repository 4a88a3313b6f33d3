package org.surgalt.reporting.warning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Layout;

/** A cohort's early-warning rules, for its coordinators: which lists, after how many days, and nudges. */
@Path("/cohorts/{cohortCode}/warnings")
@Produces(MediaType.TEXT_HTML)
public class WarningSettingsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(String cohortName, String cohortCode, WarningSettingsService.Input form,
                boolean saved, List<FieldError> errors);
    }

    private final CohortService cohorts;
    private final WarningSettingsService settings;
    private final CurrentUser currentUser;
    private final Layout layout;

    WarningSettingsResource(CohortService cohorts, WarningSettingsService settings, CurrentUser currentUser,
            Layout layout) {
        this.cohorts = cohorts;
        this.settings = settings;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "A cohort's early-warning rules: the form (HTML)")
    public Response form(@PathParam("cohortCode") String code, @QueryParam("saved") String saved) {
        Cohort cohort = cohorts.manageable(currentUser.require(), code);
        return html(200, cohort, WarningSettingsService.Input.of(settings.rules(cohort.id())), saved != null, List.of());
    }

    /** A checkbox not ticked is not sent: that rule is off. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Set a cohort's early-warning rules (form: inactive, inactiveDays, missedSession, overdue, "
            + "offPace, nudge, nudgeDays)")
    public Response save(@PathParam("cohortCode") String code, @FormParam("inactive") String inactive,
            @FormParam("inactiveDays") String inactiveDays, @FormParam("missedSession") String missedSession,
            @FormParam("overdue") String overdue, @FormParam("offPace") String offPace, @FormParam("nudge") String nudge,
            @FormParam("nudgeDays") String nudgeDays) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, code);
        WarningSettingsService.Input form = new WarningSettingsService.Input(inactive != null, inactiveDays,
                missedSession != null, overdue != null, offPace != null, nudge != null, nudgeDays);
        try {
            settings.save(viewer, cohort, form);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return html(400, cohort, form, false, e.formErrors());
        }
        return Response.seeOther(URI.create("/cohorts/" + cohort.code() + "/warnings?saved=1")).build();
    }

    private Response html(int status, Cohort cohort, WarningSettingsService.Input form, boolean saved,
            List<FieldError> errors) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(Templates.settings(cohort.name(), cohort.code(), form, saved, errors)).render())
                .build();
    }
}
