package org.surgalt.admin.providers;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
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
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.identity.sso.ProviderTrial;
import org.surgalt.identity.sso.SsoProvider;
import org.surgalt.identity.sso.SsoService;
import org.surgalt.platform.DomainException;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/**
 * The identity providers pages: the list with a form to add one, and each provider's page to change
 * it, turn it off or on, and try to sign in through it. The client secret is write-only: no page
 * shows it, and leaving its field empty keeps it.
 */
@Path("/admin/identity-providers")
@Produces(MediaType.TEXT_HTML)
public class ProvidersResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance providers(List<Row> providers, ProviderForm form,
                List<DomainException.FieldError> errors);

        static native TemplateInstance provider(Row provider, ProviderForm form, String notice,
                ProviderTrial.Result trial, List<DomainException.FieldError> errors);
    }

    public record Row(long id, String code, String displayName, String institution, String issuer, boolean hasSecret,
            boolean enabled) {
        static Row of(SsoProvider p) {
            return new Row(p.id(), p.code(), p.displayName(), p.institution().name(), p.issuer(),
                    p.hasSecret(), p.enabled());
        }
    }

    /** What the form holds; the secret is never put back into it. */
    public record ProviderForm(String code, String institution, String displayName, String issuer, String clientId,
            String rolesClaim, String groupsClaim, String roleMapping, boolean enabled) {
        static ProviderForm empty() {
            return new ProviderForm("", "", "", "", "", "", "", SsoProvider.DEFAULT_MAPPING, true);
        }

        static ProviderForm of(SsoProvider p) {
            return new ProviderForm(p.code(), p.institution().code(), p.displayName(), p.issuer(), p.clientId(),
                    p.rolesClaim(), p.groupsClaim(), p.roleMapping(), p.enabled());
        }

        SsoProvider.Settings settings(String secret) {
            return new SsoProvider.Settings(displayName, issuer, clientId, secret, rolesClaim, groupsClaim, roleMapping,
                    enabled);
        }
    }

    private final SsoService sso;
    private final ProviderTrial trial;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    ProvidersResource(SsoService sso, ProviderTrial trial, CurrentUser currentUser, Layout layout, Language language) {
        this.sso = sso;
        this.trial = trial;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Operation(summary = "The identity providers page: the list and a form to add one (HTML)")
    public Response list() {
        Viewer viewer = currentUser.require();
        return layout.render(Response.Status.OK, Templates.providers(rows(viewer), ProviderForm.empty(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add an identity provider (form)")
    public Response create(@FormParam("code") String code, @FormParam("institution") String institution,
            @FormParam("displayName") String displayName, @FormParam("issuer") String issuer,
            @FormParam("clientId") String clientId, @FormParam("clientSecret") String clientSecret,
            @FormParam("rolesClaim") String rolesClaim, @FormParam("groupsClaim") String groupsClaim,
            @FormParam("roleMapping") String roleMapping) {
        Viewer viewer = currentUser.require();
        ProviderForm form = new ProviderForm(text(code), text(institution), text(displayName), text(issuer),
                text(clientId), text(rolesClaim), text(groupsClaim), text(roleMapping), true);
        List<Row> rows = rows(viewer);
        try {
            SsoProvider created = sso.create(viewer, form.code(), form.institution(), form.settings(clientSecret));
            return Response.seeOther(URI.create("/admin/identity-providers/" + created.id() + "?done=created")).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return layout.render(Response.Status.BAD_REQUEST, Templates.providers(rows, form, e.formErrors()));
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An identity provider's page: change, turn off or on, try to sign in (HTML)")
    public Response provider(@PathParam("id") long id, @QueryParam("done") String done) {
        SsoProvider provider = sso.get(currentUser.require(), id);
        return layout.render(Response.Status.OK, Templates.provider(Row.of(provider), ProviderForm.of(provider),
                notice(done), null, List.of()));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Change an identity provider; an empty secret keeps the current one (form)")
    public Response update(@PathParam("id") long id, @FormParam("displayName") String displayName,
            @FormParam("issuer") String issuer, @FormParam("clientId") String clientId,
            @FormParam("clientSecret") String clientSecret, @FormParam("rolesClaim") String rolesClaim,
            @FormParam("groupsClaim") String groupsClaim, @FormParam("roleMapping") String roleMapping) {
        Viewer viewer = currentUser.require();
        SsoProvider current = sso.get(viewer, id);
        ProviderForm form = new ProviderForm(current.code(), current.institution().code(), text(displayName),
                text(issuer), text(clientId), text(rolesClaim), text(groupsClaim), text(roleMapping), current.enabled());
        try {
            sso.update(viewer, id, form.settings(clientSecret));
            return Response.seeOther(URI.create("/admin/identity-providers/" + id + "?done=saved")).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            return layout.render(Response.Status.BAD_REQUEST, Templates.provider(Row.of(sso.get(viewer, id)), form, null, null,
                    e.formErrors()));
        }
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Turn an identity provider off: no sign-in button, its tokens refused (form)")
    public Response disable(@PathParam("id") long id) {
        sso.switchOn(currentUser.require(), id, false);
        return Response.seeOther(URI.create("/admin/identity-providers/" + id + "?done=disabled")).build();
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Turn an identity provider on again (form)")
    public Response enable(@PathParam("id") long id) {
        sso.switchOn(currentUser.require(), id, true);
        return Response.seeOther(URI.create("/admin/identity-providers/" + id + "?done=enabled")).build();
    }

    @POST
    @Path("/{id}/test")
    @Operation(summary = "Try to sign in through the provider: off to its login page, back to this page with what arrived (form)")
    public Response test(@PathParam("id") long id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        Viewer viewer = currentUser.require();
        try {
            return Response.seeOther(trial.start(viewer, id, uri.getBaseUri())).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            SsoProvider provider = sso.get(viewer, id);
            return layout.render(Response.Status.OK, Templates.provider(Row.of(provider), ProviderForm.of(provider), null,
                    new ProviderTrial.Result(id, "unreachable", provider.issuer(), java.util.Map.of(), List.of()),
                    List.of()));
        }
    }

    @GET
    @Path("/test-result")
    @Operation(summary = "The way back from a trial sign-in: says whether it worked and what arrived (HTML)")
    public Response testResult(@QueryParam("state") String state, @QueryParam("code") String code,
            @QueryParam("error") String error, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        Viewer viewer = currentUser.require();
        sso.manageable(viewer);
        ProviderTrial.Result result = trial.finish(viewer, state, code, error, uri.getBaseUri());
        SsoProvider provider = sso.get(viewer, result.providerId());
        return layout.render(Response.Status.OK, Templates.provider(Row.of(provider), ProviderForm.of(provider), null, result,
                List.of()));
    }

    private String notice(String done) {
        ProvidersMessages words = MessageBundles.get(ProvidersMessages.class, Localized.Literal.of(language.code()));
        return done == null ? null : switch (done) {
            case "created" -> words.providers_done_created();
            case "saved" -> words.providers_done_saved();
            case "disabled" -> words.providers_done_disabled();
            case "enabled" -> words.providers_done_enabled();
            default -> null;
        };
    }

    private List<Row> rows(Viewer viewer) {
        return sso.manageable(viewer).stream().map(Row::of).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
