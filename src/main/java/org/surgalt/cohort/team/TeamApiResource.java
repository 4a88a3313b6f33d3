package org.surgalt.cohort.team;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.cohort.Cohort;
import org.surgalt.cohort.CohortService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;

/** A cohort's teams over the API, for its coordinators (the cohort by id, as the rest of /api/cohorts). */
@Path("/api/cohorts/{cohortId}/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts")
public class TeamApiResource {

    public record Input(String name) {
    }

    public record Summary(long id, String name, long members) {
    }

    public record Member(long userId, String name, String email, String institution) {
    }

    public record Detail(long id, String name, List<Member> members) {
    }

    public record PerSchool(int created, int placed) {
    }

    private final CohortService cohorts;
    private final TeamService teams;
    private final CurrentUser currentUser;

    TeamApiResource(CohortService cohorts, TeamService teams, CurrentUser currentUser) {
        this.cohorts = cohorts;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "A cohort's teams with their numbers of members, by name")
    public List<Summary> list(@PathParam("cohortId") long cohortId) {
        Viewer viewer = currentUser.require();
        return teams.teams(viewer, cohorts.manageable(viewer, cohortId)).stream()
                .map(t -> new Summary(t.id(), t.name(), t.members())).toList();
    }

    @POST
    @Operation(summary = "Create a team (name: 1 to 100 characters, unique in the cohort)")
    public Response create(@PathParam("cohortId") long cohortId, @NotNull @Valid Input input, UriInfo uri) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, cohortId);
        Team team = teams.create(viewer, cohort, input.name());
        return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(team.id()))
                .entity(detail(viewer, cohort, team.id())).build();
    }

    @POST
    @Path("per-school")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "One team per school: a team for each school of the members who are in no team (idempotent)")
    public PerSchool perSchool(@PathParam("cohortId") long cohortId) {
        Viewer viewer = currentUser.require();
        TeamService.PerSchool done = teams.perSchool(viewer, cohorts.manageable(viewer, cohortId));
        return new PerSchool(done.created(), done.placed());
    }

    @GET
    @Path("{teamId}")
    @Operation(summary = "A team with its members")
    public Detail get(@PathParam("cohortId") long cohortId, @PathParam("teamId") long teamId) {
        Viewer viewer = currentUser.require();
        return detail(viewer, cohorts.manageable(viewer, cohortId), teamId);
    }

    @PUT
    @Path("{teamId}")
    @Operation(summary = "Rename a team")
    public Detail rename(@PathParam("cohortId") long cohortId, @PathParam("teamId") long teamId,
            @NotNull @Valid Input input) {
        Viewer viewer = currentUser.require();
        Cohort cohort = cohorts.manageable(viewer, cohortId);
        teams.rename(viewer, cohort, teamId, input.name());
        return detail(viewer, cohort, teamId);
    }

    @DELETE
    @Path("{teamId}")
    @Operation(summary = "Delete a team (409 when it has handed in work or has a forum); its members stay in the cohort")
    public Response delete(@PathParam("cohortId") long cohortId, @PathParam("teamId") long teamId) {
        Viewer viewer = currentUser.require();
        teams.delete(viewer, cohorts.manageable(viewer, cohortId), teamId);
        return Response.noContent().build();
    }

    @PUT
    @Path("{teamId}/members/{userId}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Put a member of the cohort into the team (out of any other team of the cohort)")
    public Response add(@PathParam("cohortId") long cohortId, @PathParam("teamId") long teamId,
            @PathParam("userId") long userId) {
        Viewer viewer = currentUser.require();
        teams.add(viewer, cohorts.manageable(viewer, cohortId), teamId, userId);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{teamId}/members/{userId}")
    @Operation(summary = "Take someone out of the team; they stay in the cohort")
    public Response remove(@PathParam("cohortId") long cohortId, @PathParam("teamId") long teamId,
            @PathParam("userId") long userId) {
        Viewer viewer = currentUser.require();
        teams.remove(viewer, cohorts.manageable(viewer, cohortId), teamId, userId);
        return Response.noContent().build();
    }

    private Detail detail(Viewer viewer, Cohort cohort, long teamId) {
        TeamService.TeamDetail detail = teams.team(viewer, cohort, teamId);
        return new Detail(detail.team().id(), detail.team().name(), detail.members().stream()
                .map(m -> new Member(m.userId(), m.name(), m.email(), m.institution())).toList());
    }
}
