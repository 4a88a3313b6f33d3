package org.surgalt.reporting.warning;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.notification.NotificationConfig;
import org.surgalt.reporting.ReportData.CohortRow;
import org.surgalt.reporting.ReportService;
import org.surgalt.web.Language;

/** "Who is slipping": the weekly digest's lists on the cohort's dashboard, for whoever may see the dashboard. */
@Path("/reports/cohorts/{cohortCode}/slipping")
public class SlippingResource {

    /** Rows of each list on the page; the count is of all of them. */
    static final int PAGE_ROWS = 500;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance slipping(SlippingView view);
    }

    private final ReportService reports;
    private final EarlyWarning warning;
    private final CurrentUser currentUser;
    private final org.surgalt.web.Layout layout;
    private final Language language;
    private final NotificationConfig config;

    SlippingResource(ReportService reports, EarlyWarning warning, CurrentUser currentUser, org.surgalt.web.Layout layout,
            Language language, NotificationConfig config) {
        this.reports = reports;
        this.warning = warning;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Who is slipping in a cohort: the weekly digest's lists, with the change since last week (HTML)")
    public String page(@PathParam("cohortCode") String code) {
        CohortRow cohort = reports.cohortByCode(currentUser.require(), code);
        SlippingView view = SlippingView.of(warning.lists(cohort.id(), Instant.now()),
                WarningMailer.messages(language.locale()), language.locale(), config.timeZone(), PAGE_ROWS);
        return layout.apply(Templates.slipping(view)).render();
    }
}
