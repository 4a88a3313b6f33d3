package org.surgalt.notification;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

        static native TemplateInstance peerAllocated(Letter letter);

        static native TemplateInstance peerReminder(Letter letter);
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
        send(payload.path("notification").asLong());
    }

    /** Sends one notification unless it went already (or is not wanted); a batch job calls it for each of its own. */
    void send(long id) {
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
        String itemLink = base + "/courses/" + outgoing.courseCode() + "/items/" + outgoing.itemId();
        WorkToDo.Work work = outgoing.work();
        boolean peer = outgoing.kind() == NotificationKind.PEER_ALLOCATED
                || outgoing.kind() == NotificationKind.PEER_REMINDER;
        // A peer mail leads to the assessor's page; feedback mail also names the peers' feedback, if any.
        Letter letter = new Letter(outgoing.name(), outgoing.courseTitle(), outgoing.itemTitle(), due,
                peer && work != null ? base + work.page() : itemLink, base + "/account/notifications",
                work == null ? List.of() : work.items().stream().map(link -> base + link).toList(),
                !peer && work != null ? base + work.page() : null);
        Localized.Literal language = Localized.Literal.of(outgoing.locale().getLanguage());
        AppMessages msg = MessageBundles.get(AppMessages.class, language);
        PeerMailMessages peerMsg = MessageBundles.get(PeerMailMessages.class, language);
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
            case PEER_ALLOCATED -> {
                subject = peerMsg.mail_peer_allocated_subject(letter.itemTitle());
                body = Templates.peerAllocated(letter);
            }
            case PEER_REMINDER -> {
                subject = peerMsg.mail_peer_reminder_subject(letter.itemTitle());
                body = Templates.peerReminder(letter);
            }
            default -> {
                subject = msg.mail_extension_subject(letter.itemTitle());
                body = Templates.extensionGranted(letter);
            }
        }
        return Mail.withText(outgoing.email(), subject, body.setLocale(outgoing.locale()).render());
    }

    /** What a mail template shows. */
    record Letter(String name, String courseTitle, String itemTitle, String due, String link, String settingsLink,
            List<String> items, String workLink) {
    }
}
