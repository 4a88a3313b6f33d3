package org.surgalt.contentorigin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.surgalt.platform.DomainException;
import org.surgalt.web.ErrorTexts;
import org.surgalt.web.Language;

/**
 * How the content origin answers for a player page (SCORM, H5P): the page, never cached (it
 * carries a session token), or a refusal as a plain page in the browser's language (the content
 * origin has no language cookie: Accept-Language says it), since the site's layout and links
 * belong to the application.
 */
@ApplicationScoped
public class PlayerPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(String lang, String message);
    }

    private final Language language;

    PlayerPages(Language language) {
        this.language = language;
    }

    public Response page(TemplateInstance page, String lang) {
        return Response.ok(page.setLocale(Locale.forLanguageTag(lang)).render()).type("text/html;charset=UTF-8")
                .header("Cache-Control", "no-store").build();
    }

    public Response refused(DomainException e) {
        Locale locale = language.apiLocale();
        return Response.status(e.kind().status).type("text/html;charset=UTF-8").header("Cache-Control", "no-store")
                .entity(Templates.refused(locale.getLanguage(), ErrorTexts.translate(e.getMessage(), locale)).render())
                .build();
    }
}
