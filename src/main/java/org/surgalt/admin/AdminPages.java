package org.surgalt.admin;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** What every admin page needs: the reader's language, its texts, and a page as a response with a status. */
@RequestScoped
public class AdminPages {

    private final Layout layout;
    private final Language language;
    private final AdminMessages english;
    private final AdminMessages mongolian;

    AdminPages(Layout layout, Language language, AdminMessages english, @Localized("mn") AdminMessages mongolian) {
        this.layout = layout;
        this.language = language;
        this.english = english;
        this.mongolian = mongolian;
    }

    boolean english() {
        return !"mn".equals(language.code());
    }

    /** The texts in the reader's language, for what a page computes (not what templates look up). */
    AdminMessages text() {
        return english() ? english : mongolian;
    }

    java.util.Locale locale() {
        return language.locale();
    }

    Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }
}
