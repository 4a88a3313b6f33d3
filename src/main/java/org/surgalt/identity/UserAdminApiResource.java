package org.surgalt.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.surgalt.identity.local.PasswordResetService;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class UserAdminApiResource {

    private final UserAdminService admin;
    private final PeopleDirectory directory;
    private final CurrentUser currentUser;

    UserAdminApiResource(UserAdminService admin, PeopleDirectory directory, CurrentUser currentUser) {
        this.admin = admin;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    public record Me(long id, String email, String displayName, String locale, Long institutionId,
            List<String> roles) {
    }

    public record Person(long id, String email, String displayName, String locale, String institution,
            boolean disabled) {
        static Person of(User user) {
            return new Person(user.id(), user.email(), user.displayName(), user.locale().getLanguage(),
                    user.institution() == null ? null : user.institution().code(), user.isDisabled());
        }
    }

    /** One page of a search: {@code total} people matched, {@code pages} pages of {@link PeopleDirectory#PAGE_SIZE}. */
    public record PeoplePage(List<Person> people, long total, int page, int pages) {
    }

    /** The fields an admin corrects; a blank institution means none. */
    public record PersonEdit(@NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull @Pattern(regexp = "en|mn", message = "must be en or mn") String locale,
            String institution) {
    }

    public record NewPerson(@NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull @Pattern(regexp = "en|mn", message = "must be en or mn") String locale,
            String institution,
            @Size(min = 10, max = 200) String password) {
    }

    public record ResetLink(String link, Instant expiresAt) {
    }

    /** The link went to the person's own email address. */
    public record ResetSent(boolean mailed, Instant expiresAt) {
    }

    @GET
    @Path("/me")
    @Operation(summary = "Who the caller is, with the roles they hold")
    public Me me() {
        Viewer viewer = currentUser.require();
        return new Me(viewer.userId(), viewer.email(), viewer.displayName(), viewer.locale().getLanguage(),
                viewer.institutionId(), viewer.grants().stream().map(RoleGrantService::name).sorted().toList());
    }

    @GET
    @Path("/admin/users")
    @Operation(summary = "Search people by the start of their name or email, in one institution or all the caller sees")
    public PeoplePage people(@QueryParam("q") String q, @QueryParam("institution") String institution,
            @QueryParam("page") @DefaultValue("1") int page) {
        PeopleDirectory.Found found = directory.search(currentUser.require(), q, institution, page);
        return new PeoplePage(found.people().stream().map(Person::of).toList(), found.total(), found.page(),
                found.pages());
    }

    @GET
    @Path("/admin/users/{id}")
    @Operation(summary = "One person, for site admins and their institution's admins and coordinators")
    public Person person(@PathParam("id") long id) {
        return Person.of(directory.person(currentUser.require(), id));
    }

    @PUT
    @Path("/admin/users/{id}")
    @Operation(summary = "Correct a person's name, email, language or institution (the institution: site admins)")
    public Person edit(@PathParam("id") long id, @NotNull @Valid PersonEdit input) {
        return Person.of(admin.edit(currentUser.require(), id, new UserAdminService.PersonState(input.email(),
                input.displayName(), input.locale(), input.institution())));
    }

    @POST
    @Path("/admin/users")
    @Operation(summary = "Create a local account")
    public RestResponse<Person> create(@NotNull @Valid NewPerson input, UriInfo uri) {
        User user = admin.createLocal(currentUser.require(), input.email(), input.displayName(), input.locale(),
                input.institution(), input.password());
        return RestResponse.ResponseBuilder.<Person>created(
                uri.getAbsolutePathBuilder().path(Long.toString(user.id())).build()).entity(Person.of(user)).build();
    }

    @POST
    @Path("/admin/users/{id}/password-reset")
    @Operation(summary = "Mail the person a one-time link to set a new password (valid 24 hours); the link is not returned")
    public RestResponse<ResetSent> passwordReset(@PathParam("id") long id) {
        Instant expires = admin.sendPasswordReset(currentUser.require(), id);
        return RestResponse.accepted(new ResetSent(true, expires));
    }

    @POST
    @Path("/admin/users/{id}/password-handover")
    @Operation(summary = "Site admins: a one-time link to hand to a person whose mail reaches nobody (audited)")
    public RestResponse<ResetLink> passwordHandover(@PathParam("id") long id, UriInfo uri) {
        PasswordResetService.Link link = admin.handoverLink(currentUser.require(), id);
        return RestResponse.status(RestResponse.Status.CREATED,
                new ResetLink(uri.getBaseUri().resolve(link.path()).toString(), link.expiresAt()));
    }

    @POST
    @Path("/admin/users/{id}/sessions/revoke")
    @Operation(summary = "Sign the person out everywhere, at once")
    public RestResponse<Void> endSessions(@PathParam("id") long id) {
        admin.endSessions(currentUser.require(), id);
        return RestResponse.noContent();
    }

    @POST
    @Path("/admin/users/{id}/disable")
    @Operation(summary = "Stop the person from signing in, and sign them out everywhere")
    public RestResponse<Void> disable(@PathParam("id") long id) {
        admin.disable(currentUser.require(), id);
        return RestResponse.noContent();
    }

    @POST
    @Path("/admin/users/{id}/enable")
    @Operation(summary = "Let a disabled person sign in again")
    public RestResponse<Void> enable(@PathParam("id") long id) {
        admin.enable(currentUser.require(), id);
        return RestResponse.noContent();
    }
}
