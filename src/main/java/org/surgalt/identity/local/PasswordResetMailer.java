package org.surgalt.identity.local;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.surgalt.identity.User;
import org.surgalt.web.AppMessages;
import org.surgalt.web.Formats;

/**
 * Mails a password reset link to the account's own address, in the person's language. The link
 * goes nowhere else: not to whoever asked for it. Sent at once rather than through the job queue,
 * because a job would have to keep the link itself in the database.
 */
@ApplicationScoped
class PasswordResetMailer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance resetLink(String name, String link, String expires);
    }

    private final Mailer mailer;
    private final String baseUrl;
    private final ZoneId timeZone;

    PasswordResetMailer(Mailer mailer, @ConfigProperty(name = "surgalt.notification.base-url") String baseUrl,
            @ConfigProperty(name = "surgalt.notification.time-zone") ZoneId timeZone) {
        this.mailer = mailer;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.timeZone = timeZone;
    }

    void send(User user, PasswordResetService.Link link) {
        AppMessages msg = MessageBundles.get(AppMessages.class, Localized.Literal.of(user.locale().getLanguage()));
        String expires = Formats.when(link.expiresAt(), user.locale(), timeZone) + " (" + timeZone.getId() + ")";
        String body = Templates.resetLink(user.displayName(), baseUrl + link.path(), expires)
                .setLocale(user.locale()).render();
        mailer.send(Mail.withText(user.email(), msg.mail_reset_subject(), body));
    }

    /** Whether mail to the account can reach anyone (accounts made by a provider may have no address). */
    static boolean reachable(User user) {
        return !user.email().endsWith(".invalid");
    }
}
