package org.surgalt.cohort.team;

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
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Layout;

/** A cohort's teams, for its coordinators, without JavaScript: the list, one team, and their forms. */
@Path("/cohorts/{cohortCode}/teams")
@Produces(MediaType.TEXT_HTML)
public class TeamResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance teams(TeamsPage page, List<FieldError> errors);

        static native TemplateInstance team(TeamPage page, List<FieldError> errors);
    }

    /** {@code created}/{@code placed}: what "one team per school" just did (null: not asked). */
    public record TeamsPage(String cohortCode, String cohortName, List<TeamService.TeamRow> teams, String name,
            Integer created, Integer placed) {
    }

    public record TeamPage(String cohortCode, String cohortName, long teamId, String teamName,
            List<TeamMemberRepository.Row> members, String name, String email) {
    }

    private final CohortService cohorts;
    private final TeamService teams;
    private final CurrentUser currentUser;
    private final Layout layout;

    TeamResource(CohortService cohorts, TeamService teams, CurrentUser currentUser, Layout layout) {
        this.cohorts = cohorts;
        this.teams = teams;
        this.currentUser = currentUser;
        this.layout = layout;
    }

    @GET
    @Operation(summary = "A cohort's teams, with forms for a new one and for one team per school (HTML)")
    public Response list(@PathParam("cohortCode") String code, @QueryParam("created") Integer created,
            @QueryParam("placed") Integer placed) {
        Viewer viewer = currentUser.require();
        return teamsPage(200, viewer, cohorts.manageable(viewer, code), "", created, placed, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Create a team in a cohort (form: name)")
    public Response create(@PathParam("cohortCode") String code, @FormParam("name") String name) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, code);
        return formOr(() -> "/cohorts/" + code + "/teams/" + teams.create(viewer, cohort, name).id(),
                errors -> teamsPage(400, viewer, cohort, name, null, null, errors));
    }

    @POST
    @Path("per-school")
    @Operation(summary = "One team per school: a team for each school of the cohort's members who are in no team (form)")
    public Response perSchool(@PathParam("cohortCode") String code) {
        Viewer viewer = currentUser.require();
        TeamService.PerSchool done = teams.perSchool(viewer, cohorts.manageable(viewer, code));
        return seeOther("/cohorts/" + code + "/teams?created=" + done.created() + "&placed=" + done.placed());
    }

    @GET
    @Path("{teamId}")
    @Operation(summary = "A team of a cohort: its members, and forms to add, remove, rename and delete (HTML)")
    public Response team(@PathParam("cohortCode") String code, @PathParam("teamId") long teamId) {
        Viewer viewer = currentUser.require();
        return teamPage(200, viewer, cohorts.manageable(viewer, code), teamId, null, "", List.of());
    }

    @POST
    @Path("{teamId}/rename")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Rename a team (form: name)")
    public Response rename(@PathParam("cohortCode") String code, @PathParam("teamId") long teamId,
            @FormParam("name") String name) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, code);
        return formOr(() -> {
            teams.rename(viewer, cohort, teamId, name);
            return "/cohorts/" + code + "/teams/" + teamId;
        }, errors -> teamPage(400, viewer, cohort, teamId, name, "", errors));
    }

    @POST
    @Path("{teamId}/delete")
    @Operation(summary = "Delete a team; its members stay in the cohort (form)")
    public Response delete(@PathParam("cohortCode") String code, @PathParam("teamId") long teamId) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, code);
        try {
            teams.delete(viewer, cohort, teamId);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return teamPage(409, viewer, cohort, teamId, null, "", e.formErrors());
        }
        return seeOther("/cohorts/" + code + "/teams");
    }

    @POST
    @Path("{teamId}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add a member of the cohort to a team, by email, moving them from another team (form: email)")
    public Response add(@PathParam("cohortCode") String code, @PathParam("teamId") long teamId,
            @FormParam("email") String email) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, code);
        return formOr(() -> {
            teams.addByEmail(viewer, cohort, teamId, email);
            return "/cohorts/" + code + "/teams/" + teamId;
        }, errors -> teamPage(400, viewer, cohort, teamId, null, email, errors));
    }

    @POST
    @Path("{teamId}/members/{userId}/remove")
    @Operation(summary = "Take someone out of a team; they stay in the cohort (form)")
    public Response remove(@PathParam("cohortCode") String code, @PathParam("teamId") long teamId,
            @PathParam("userId") long userId) {
        Viewer viewer = currentUser.require();
        teams.remove(viewer, cohorts.manageable(viewer, code), teamId, userId);
        return seeOther("/cohorts/" + code + "/teams/" + teamId);
    }

    /** Runs a form's action and redirects, or re-renders the form with the field errors (400). */
    private static Response formOr(Supplier<String> action, java.util.function.Function<List<FieldError>, Response> page) {
        try {
            return seeOther(action.get());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return page.apply(e.formErrors());
        }
    }

    private Response teamsPage(int status, Viewer viewer, Cohort cohort, String name, Integer created,
            Integer placed, List<FieldError> errors) {
        TeamsPage page = new TeamsPage(cohort.code(), cohort.name(), teams.teams(viewer, cohort),
                name == null ? "" : name, created, placed);
        return html(status, Templates.teams(page, errors));
    }

    private Response teamPage(int status, Viewer viewer, Cohort cohort, long teamId, String name, String email,
            List<FieldError> errors) {
        TeamService.TeamDetail detail = teams.team(viewer, cohort, teamId);
        TeamPage page = new TeamPage(cohort.code(), cohort.name(), teamId, detail.team().name(), detail.members(),
                name == null ? detail.team().name() : name, email == null ? "" : email);
        return html(status, Templates.team(page, errors));
    }

    private Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
