package org.surgalt.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Role;
import org.surgalt.identity.Viewer;

/** Gives every page what the shared layout needs: its language and the language switch. */
@RequestScoped
public class Layout {

    private final Language language;
    private final UriInfo uri;
    private final CurrentUser currentUser;

    Layout(Language language, UriInfo uri, CurrentUser currentUser) {
        this.language = language;
        this.uri = uri;
        this.currentUser = currentUser;
    }

    public TemplateInstance apply(TemplateInstance page) {
        return page.setLocale(language.locale()).data("layout", context());
    }

    /** The page in the layout, rendered, with a status other than 200 where a form comes back with its errors. */
    public Response render(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(apply(page).render()).build();
    }

    public LayoutContext context() {
        String path = uri.getRequestUri().getRawPath();
        String query = uri.getRequestUri().getRawQuery();
        String here = query == null ? path : path + "?" + query;
        // Error pages for unmatched routes render on the IO thread, where resolving the identity
        // (a database look-up) is not allowed: they show the signed-out header.
        java.util.Optional<Viewer> viewer = io.vertx.core.Context.isOnEventLoopThread() ? java.util.Optional.empty()
                : currentUser.viewer();
        String signedIn = viewer.map(Viewer::displayName).orElse(null);
        boolean authors = viewer.map(v -> v.isAdmin() || v.grants().stream().anyMatch(
                grant -> grant.role() == Role.AUTHOR || grant.role() == Role.REVIEWER)).orElse(false);
        // The same rule as cohort/CohortAccess.canSeeCohorts.
        boolean cohorts = viewer.map(v -> v.isAdmin() || v.hasAnywhere(Role.COORDINATOR)).orElse(false);
        // The same rule as admin/AdminLinks.showsAdministration.
        boolean admin = viewer.map(org.surgalt.admin.AdminLinks::showsAdministration).orElse(false);
        return new LayoutContext(language.code(), LanguageResource.switchLink("en", here),
                LanguageResource.switchLink("mn", here), signedIn, LocalPath.signInLink(here), authors, cohorts, admin);
    }

    /**
     * {@code authors}: show the way to the authoring pages (authors, reviewers, admins);
     * {@code cohorts}: to the cohorts (coordinators, admins); {@code admin}: to the administration
     * pages (site and institution admins).
     */
    public record LayoutContext(String lang, String englishLink, String mongolianLink, String signedIn,
            String loginLink, boolean authors, boolean cohorts, boolean admin) {

        /** For pages rendered outside JAX-RS (no viewer known there). */
        public LayoutContext(String lang, String englishLink, String mongolianLink) {
            this(lang, englishLink, mongolianLink, null, "/login", false, false, false);
        }

        public boolean english() {
            return "en".equals(lang);
        }
    }
}
