package org.surgalt.cohort.session;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.surgalt.cohort.session.SessionJson.CheckinInput;
import org.surgalt.cohort.session.SessionJson.CheckinResult;
import org.surgalt.cohort.session.SessionJson.Detail;
import org.surgalt.cohort.session.SessionJson.LineView;
import org.surgalt.cohort.session.SessionJson.MarksInput;
import org.surgalt.cohort.session.SessionJson.SessionInput;
import org.surgalt.cohort.session.SessionJson.Sheet;
import org.surgalt.cohort.session.SessionJson.SignupResult;
import org.surgalt.cohort.session.SessionJson.SignupView;
import org.surgalt.cohort.session.SessionJson.Summary;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;

/** Face-to-face sessions over the API: scheduling, sign-up, attendance marks and self check-in. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
public class SessionApiResource {

    private final SessionService sessions;
    private final AttendanceService attendance;
    private final CurrentUser currentUser;

    SessionApiResource(SessionService sessions, AttendanceService attendance, CurrentUser currentUser) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "A course's sessions, earliest first (course: the course id)")
    public List<Summary> list(@QueryParam("course") Long courseId) {
        Viewer viewer = currentUser.require();
        if (courseId == null) {
            throw DomainException.invalid("course", "is required");
        }
        return sessions.ofCourse(viewer, courseId).stream().map(Summary::of).toList();
    }

    @POST
    @Operation(summary = "Schedule a session of a session item of the course's published version")
    public Response create(SessionInput input) {
        Viewer viewer = currentUser.require();
        if (input == null) {
            throw DomainException.invalid("body", "is required");
        }
        FaceToFaceSession session = sessions.schedule(viewer, input.toSchedule());
        return Response.created(URI.create("/api/sessions/" + session.id())).entity(Summary.of(session)).build();
    }

    @GET
    @Path("{sessionId}")
    @Operation(summary = "A session with the caller's sign-up; the sign-ups too for those who run it")
    public Detail get(@PathParam("sessionId") long id) {
        Viewer viewer = currentUser.require();
        SessionService.Scheduled scheduled = sessions.scheduled(viewer, id);
        List<SignupView> signups = sessions.canRun(viewer, scheduled)
                ? sessions.signups(viewer, id).stream().map(SignupView::of).toList()
                : null;
        String mine = sessions.signupOf(viewer.userId(), id).map(SessionJson::lower).orElse("none");
        return new Detail(Summary.of(scheduled.session()), sessions.confirmedCount(id), mine, signups);
    }

    @POST
    @Path("{sessionId}/signup")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Sign up (enrolled learners): confirmed, or waitlisted when the session is full")
    public SignupResult signUp(@PathParam("sessionId") long id) {
        return new SignupResult(SessionJson.lower(sessions.signUp(currentUser.require(), id)));
    }

    @DELETE
    @Path("{sessionId}/signup")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel the caller's sign-up; the first on the wait-list gets the seat")
    public Response cancel(@PathParam("sessionId") long id) {
        sessions.cancel(currentUser.require(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{sessionId}/attendance")
    @Operation(summary = "Mark attendance in bulk (present, late, excused, absent); all or nothing")
    public Sheet mark(@PathParam("sessionId") long id, MarksInput input) {
        Viewer viewer = currentUser.require();
        if (input == null || input.marks() == null) {
            throw DomainException.invalid("marks", "is required");
        }
        Map<Long, Attendance.Status> marks = new LinkedHashMap<>();
        for (SessionJson.Mark mark : input.marks()) {
            if (mark == null || mark.userId() == null || mark.status() == null) {
                throw DomainException.invalid("marks", "each needs a userId and a status");
            }
            marks.put(mark.userId(), SessionResource.status(mark.status()));
        }
        attendance.mark(viewer, id, marks);
        AttendanceService.Sheet sheet = attendance.sheet(viewer, id);
        return new Sheet(sheet.signedUp().stream().map(LineView::of).toList(),
                sheet.others().stream().map(LineView::of).toList());
    }

    @POST
    @Path("{sessionId}/checkin")
    @Operation(summary = "Check in to a session with the code on the facilitator's screen; after too many wrong "
            + "codes 429 with Retry-After, even for the right one")
    public CheckinResult checkIn(@PathParam("sessionId") long id, CheckinInput input,
            @Context HttpServerRequest request) {
        Viewer viewer = currentUser.require();
        AttendanceService.Checkin outcome = attendance.checkIn(viewer, id, input == null ? null : input.code(),
                CheckinThrottle.address(request));
        return switch (outcome) {
            case OK -> new CheckinResult("present");
            case WRONG_CODE -> throw DomainException.invalid("code", "is not the code on the facilitator's screen");
            case EXPIRED_CODE -> throw DomainException.invalid("code", "has expired; type the one on the screen now");
            case CODE_USED -> throw DomainException.conflict("You have used this code already.");
            case NOT_NOW -> throw DomainException.conflict(
                    "Check-in is open from 15 minutes before the session starts until it ends.");
            case NOT_SIGNED_UP -> throw DomainException.forbidden("You are not signed up for this session.");
            case ALREADY_PRESENT -> throw DomainException.conflict("You are already marked present.");
        };
    }
}
