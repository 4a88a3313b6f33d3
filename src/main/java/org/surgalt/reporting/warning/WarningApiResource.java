package org.surgalt.reporting.warning;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.reporting.warning.WarningSettings.Rules;

/** The same rules as the cohort's early-warning page, as JSON. */
@Path("/api/cohorts/{cohortId}/warnings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts")
public class WarningApiResource {

    private final CohortService cohorts;
    private final WarningSettingsService settings;
    private final CurrentUser currentUser;

    WarningApiResource(CohortService cohorts, WarningSettingsService settings, CurrentUser currentUser) {
        this.cohorts = cohorts;
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "A cohort's early-warning rules in force (its own, or the site's defaults)")
    public Rules get(@PathParam("cohortId") long cohortId) {
        return settings.rules(cohorts.manageable(currentUser.require(), cohortId).id());
    }

    @PUT
    @Operation(summary = "Set a cohort's early-warning rules: inactive, inactiveDays, missedSession, overdue, offPace, "
            + "nudge, nudgeDays (days 1 to 365); a rule left out is off")
    public Rules put(@PathParam("cohortId") long cohortId, @NotNull Input input) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, cohortId);
        return settings.save(viewer, cohort, new WarningSettingsService.Input(input.inactive(),
                text(input.inactiveDays()), input.missedSession(), input.overdue(), input.offPace(), input.nudge(),
                text(input.nudgeDays())));
    }

    private static String text(Integer days) {
        return days == null ? null : days.toString();
    }

    public record Input(boolean inactive, Integer inactiveDays, boolean missedSession, boolean overdue,
            boolean offPace, boolean nudge, Integer nudgeDays) {
    }
}
