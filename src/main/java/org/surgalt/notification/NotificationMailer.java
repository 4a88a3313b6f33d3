package org.surgalt.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.surgalt.platform.jobs.JobHandler;
import org.surgalt.web.AppMessages;
import org.surgalt.web.Formats;

/**
 * The job that sends one notification: writes it in the learner's language (subject from the
 * message bundle, body from the templates in {@code templates/NotificationMailer/}) and hands it
 * to the mail server. A failure is retried by the job queue; the notification is marked sent
 * only after the server took it, so a crash in between may send it twice, never not at all.
 */
@ApplicationScoped
class NotificationMailer implements JobHandler {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feedbackReleased(Letter letter);

        static native TemplateInstance deadlineSoon(Letter letter);

        static native TemplateInstance extensionGranted(Letter letter);
    }

    private final NotificationService notifications;
    private final Mailer mailer;
    private final NotificationConfig config;

    NotificationMailer(NotificationService notifications, Mailer mailer, NotificationConfig config) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.config = config;
    }

    @Override
    public String kind() {
        return NotificationService.SEND_JOB;
    }

    @Override
    public void run(JsonNode payload) {
        long id = payload.path("notification").asLong();
        notifications.toSend(id).ifPresent(outgoing -> {
            mailer.send(write(outgoing));
            notifications.sent(id);
        });
    }

    Mail write(NotificationService.Outgoing outgoing) {
        String base = config.baseUrl().replaceAll("/+$", "");
        // As the learner's language writes dates, whatever the language of whoever caused the mail.
        String due = outgoing.dueAt() == null ? ""
                : Formats.when(outgoing.dueAt(), outgoing.locale(), config.timeZone()) + " (" + config.timeZone().getId() + ")";
        Letter letter = new Letter(outgoing.name(), outgoing.courseTitle(), outgoing.itemTitle(), due,
                base + "/courses/" + outgoing.courseCode() + "/items/" + outgoing.itemId(),
                base + "/account/notifications");
        AppMessages msg = MessageBundles.get(AppMessages.class, Localized.Literal.of(outgoing.locale().getLanguage()));
        TemplateInstance body;
        String subject;
        switch (outgoing.kind()) {
            case FEEDBACK_RELEASED -> {
                subject = msg.mail_feedback_subject(letter.itemTitle());
                body = Templates.feedbackReleased(letter);
            }
            case DEADLINE_SOON -> {
                subject = msg.mail_deadline_subject(letter.itemTitle());
                body = Templates.deadlineSoon(letter);
            }
            default -> {
                subject = msg.mail_extension_subject(letter.itemTitle());
                body = Templates.extensionGranted(letter);
            }
        }
        return Mail.withText(outgoing.email(), subject, body.setLocale(outgoing.locale()).render());
    }

    /** What a mail template shows. */
    record Letter(String name, String courseTitle, String itemTitle, String due, String link, String settingsLink) {
    }
}
