package org.surgalt.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.UriInfo;

/** Gives every page what the shared layout needs: its language and the language switch. */
@RequestScoped
public class Layout {

    private final Language language;
    private final UriInfo uri;

    Layout(Language language, UriInfo uri) {
        this.language = language;
        this.uri = uri;
    }

    public TemplateInstance apply(TemplateInstance page) {
        return page.setLocale(language.locale()).data("layout", context());
    }

    public LayoutContext context() {
        String path = uri.getRequestUri().getRawPath();
        String query = uri.getRequestUri().getRawQuery();
        String here = query == null ? path : path + "?" + query;
        return new LayoutContext(language.code(), LanguageResource.switchLink("en", here),
                LanguageResource.switchLink("mn", here));
    }

    public record LayoutContext(String lang, String englishLink, String mongolianLink) {
        public boolean english() {
            return "en".equals(lang);
        }
    }
}
