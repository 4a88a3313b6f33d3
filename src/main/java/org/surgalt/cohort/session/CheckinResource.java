package org.surgalt.cohort.session;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.web.ErrorMapper;
import org.surgalt.web.Layout;
import org.surgalt.web.Language;

/**
 * A learner's self check-in: choose the session (the QR code's link picks it) and type the code
 * on the facilitator's screen. Opening the link only fills the form; checking in is the POST.
 */
@Path("/checkin")
@Produces(MediaType.TEXT_HTML)
public class CheckinResource {

    public record Choice(long id, String label, boolean selected) {
    }

    /**
     * {@code refused}: why the last try was refused (lower-case {@link AttendanceService.Checkin},
     * or "paused" after too many wrong codes, for {@code waitSeconds}), or null.
     */
    public record CheckinPage(List<Choice> choices, String code, String refused, long waitSeconds) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkin(CheckinPage page);
    }

    private final AttendanceService attendance;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;

    CheckinResource(AttendanceService attendance, CurrentUser currentUser, Layout layout, Language language) {
        this.attendance = attendance;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
    }

    @GET
    @Operation(summary = "The check-in form: the learner's sessions happening now and the code (HTML)")
    public Response form(@QueryParam("session") Long sessionId, @QueryParam("code") String code) {
        return render(200, currentUser.require(), sessionId, code, null, 0);
    }

    @GET
    @Path("{sessionId: \\d+}")
    @Operation(summary = "The check-in form filled in from a session's QR code (HTML; checks nobody in)")
    public Response fromQrCode(@PathParam("sessionId") long sessionId, @QueryParam("code") String code) {
        return render(200, currentUser.require(), sessionId, code, null, 0);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Check in to a session with the code on the facilitator's screen (form)")
    public Response checkIn(@FormParam("session") String session, @FormParam("code") String code,
            @Context HttpServerRequest request) {
        Viewer viewer = currentUser.require();
        long sessionId;
        try {
            sessionId = Long.parseLong(session == null ? "" : session.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("session", "choose the session you are at");
        }
        AttendanceService.Checkin outcome;
        try {
            outcome = attendance.checkIn(viewer, sessionId, code, CheckinThrottle.address(request));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.TOO_MANY_REQUESTS) {
                throw e;
            }
            long seconds = ErrorMapper.retryAfterSeconds(e.retryAfter().orElseThrow());
            return Response.fromResponse(render(429, viewer, sessionId, code, "paused", seconds))
                    .header("Retry-After", seconds).build();
        }
        if (outcome == AttendanceService.Checkin.OK) {
            return Response.seeOther(URI.create("/sessions/" + sessionId + "?done=checkedin")).build();
        }
        return render(status(outcome), viewer, sessionId, code, outcome.name().toLowerCase(Locale.ROOT), 0);
    }

    static int status(AttendanceService.Checkin outcome) {
        return switch (outcome) {
            case OK -> 200;
            case WRONG_CODE, EXPIRED_CODE -> 400;
            case NOT_SIGNED_UP -> 403;
            case CODE_USED, NOT_NOW, ALREADY_PRESENT -> 409;
        };
    }

    private Response render(int status, Viewer viewer, Long sessionId, String code, String refused,
            long waitSeconds) {
        List<FaceToFaceSession> open = new ArrayList<>(attendance.openForCheckin(viewer));
        if (sessionId != null && open.stream().noneMatch(s -> s.id().equals(sessionId))) {
            attendance.visibleSession(viewer, sessionId).ifPresent(open::add);
        }
        Long selected = sessionId != null ? sessionId : open.size() == 1 ? open.get(0).id() : null;
        List<Choice> choices = open.stream().map(s -> new Choice(s.id(), label(s), s.id().equals(selected)))
                .toList();
        String typed = code == null ? "" : code.strip();
        if (typed.length() > 12) {
            typed = typed.substring(0, 12);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(Templates.checkin(new CheckinPage(choices, typed, refused, waitSeconds))).render()).build();
    }

    private String label(FaceToFaceSession session) {
        String when = SessionTime.span(session.startsAt(), session.endsAt(), language.locale());
        return (session.title() == null ? "" : session.title() + ", ") + when + ", " + session.place();
    }
}
