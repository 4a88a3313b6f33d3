package org.surgalt.reporting.warning;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.surgalt.identity.User;
import org.surgalt.notification.NotificationConfig;

/** Writes early warning's mails in the reader's language (their own, whoever's cohort it is). */
@ApplicationScoped
class WarningMailer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance digest(String name, SlippingView view, String intro, String pageLink,
                String settingsLink);

        static native TemplateInstance nudge(String name, String body, String homeLink, String stopLink);
    }

    /** Rows of each list a digest mail names; the page has them all. */
    static final int MAIL_ROWS = 30;

    private final NotificationConfig config;
    private final UnsubscribeLinks unsubscribe;

    WarningMailer(NotificationConfig config, UnsubscribeLinks unsubscribe) {
        this.config = config;
        this.unsubscribe = unsubscribe;
    }

    static WarningMessages messages(Locale locale) {
        return MessageBundles.get(WarningMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    Mail digest(User coordinator, Slipping slipping) {
        Locale locale = coordinator.locale();
        WarningMessages msg = messages(locale);
        SlippingView view = SlippingView.of(slipping, msg, locale, config.timeZone(), MAIL_ROWS);
        String cohort = slipping.cohort().name();
        String body = Templates.digest(coordinator.displayName(), view, msg.warning_digest_intro(cohort, slipping.week()),
                base() + "/reports/cohorts/" + slipping.cohort().code() + "/slipping",
                base() + "/cohorts/" + slipping.cohort().code() + "/warnings").setLocale(locale).render();
        return Mail.withText(coordinator.email(), msg.warning_digest_subject(cohort, slipping.week()), body);
    }

    Mail nudge(User learner, String cohortName, int days) {
        Locale locale = learner.locale();
        WarningMessages msg = messages(locale);
        String stop = base() + "/notifications/unsubscribe/" + unsubscribe.token(learner.id());
        String body = Templates.nudge(learner.displayName(), msg.warning_nudge_body(cohortName, days), base() + "/home",
                stop).setLocale(locale).render();
        // Mail programs that show their own "unsubscribe" open the same page.
        return Mail.withText(learner.email(), msg.warning_nudge_subject(cohortName), body)
                .addHeader("List-Unsubscribe", "<" + stop + ">");
    }

    private String base() {
        return config.baseUrl().replaceAll("/+$", "");
    }
}
