package org.surgalt.web.security;

import io.quarkus.qute.TemplateContents;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.resteasy.reactive.RestForm;

/** Exists only in the tests: a page with a form, as every page that posts will write it, and its endpoints. */
@Path("/test-only/form")
public class FormTestResource {

    /** What the endpoints received, so a test can tell that a refused post never reached them. */
    static final List<String> SAVED = new CopyOnWriteArrayList<>();

    @TemplateContents("""
            <form method="post" action="/test-only/form?_csrf={inject:csrf.token}">
              {inject:csrf.field}
              <input name="title">
            </form>
            """)
    record form() implements TemplateInstance {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return new form();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String save(@FormParam("title") String title) {
        SAVED.add(title);
        return "saved " + title;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_PLAIN)
    public String upload(@RestForm String title) {
        SAVED.add(title);
        return "uploaded " + title;
    }
}
