package org.surgalt.cohort.session;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.surgalt.course.Course;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseService;
import org.surgalt.identity.CurrentUser;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.User;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.platform.DomainException.FieldError;
import org.surgalt.web.Language;
import org.surgalt.web.Layout;

/** The pages of a face-to-face session: scheduling, details and sign-up, attendance, the check-in code. */
@Path("/sessions")
@Produces(MediaType.TEXT_HTML)
public class SessionResource {

    public record FormPage(String action, String courseCode, String courseTitle, long itemId, String itemTitle,
            boolean editing, SessionForm form) {
    }

    /**
     * {@code mine}: "confirmed", "waitlisted" or null; {@code canSignUp}: enrolled, no sign-up, not over;
     * {@code checkinOpen}: the viewer has a seat and may check in now.
     */
    public record SessionPage(long id, String title, String courseCode, String courseTitle, Long itemId,
            String itemTitle, String when, String place, int taken, int capacity, String facilitator, String mine,
            boolean canSignUp, boolean full, boolean over, boolean checkinOpen, boolean canRun, boolean canSchedule,
            List<String> confirmed, List<String> waiting) {
    }

    /** {@code status}: "present", "late", "excused", "absent" or null. */
    public record LineView(long userId, String name, String status, boolean checkedIn) {
    }

    public record SheetPage(long id, String title, String when, String place, List<LineView> signedUp,
            List<LineView> others) {
    }

    public record CodePage(long id, String title, String when, String code, RawString qr, String link,
            String checkinPage, int refresh) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormPage page, List<FieldError> errors);

        static native TemplateInstance session(SessionPage page, String done);

        static native TemplateInstance attendance(SheetPage page, boolean saved, List<FieldError> errors);

        static native TemplateInstance code(CodePage page);
    }

    private final SessionService sessions;
    private final AttendanceService attendance;
    private final CourseService courses;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final Layout layout;
    private final Language language;
    private final UriInfo uri;

    SessionResource(SessionService sessions, AttendanceService attendance, CourseService courses,
            IdentityService identity, CurrentUser currentUser, Layout layout, Language language, UriInfo uri) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.courses = courses;
        this.identity = identity;
        this.currentUser = currentUser;
        this.layout = layout;
        this.language = language;
        this.uri = uri;
    }

    @GET
    @Path("new")
    @Operation(summary = "The form that schedules a session of a course's session item (HTML)")
    public Response newForm(@QueryParam("course") String code, @QueryParam("item") Long itemId,
            @QueryParam("cohort") Long cohortId) {
        Viewer viewer = currentUser.require();
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("course", "is required");
        }
        if (itemId == null) {
            throw DomainException.invalid("item", "is required");
        }
        Course course = courses.courseByCode(code);
        sessions.requireCanSchedule(viewer, course, cohortId);
        sessions.sessionItem(course, itemId);
        return renderForm(200, course, itemId, null, SessionForm.blank(code, itemId, cohortId, viewer.email()),
                List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Schedule a session (form); refused with the form's errors, nothing lost")
    public Response create(MultivaluedMap<String, String> fields) {
        Viewer viewer = currentUser.require();
        SessionForm form = SessionForm.of(fields);
        if (form.course().isBlank()) {
            throw DomainException.invalid("course", "is required");
        }
        Course course = courses.courseByCode(form.course().strip());
        try {
            FaceToFaceSession session = sessions.schedule(viewer,
                    form.toSchedule(course.id(), facilitator(form.facilitator())));
            return Response.seeOther(URI.create("/sessions/" + session.id())).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            sessions.requireCanSchedule(viewer, course, null);
            long itemId = parseOr(form.item(), -1);
            return renderForm(400, course, itemId, null, form, e.formErrors());
        }
    }

    @GET
    @Path("{sessionId: \\d+}")
    @Operation(summary = "A session: details and sign-up for learners, sign-ups and wait-list for those who run it (HTML)")
    public Response page(@PathParam("sessionId") long id, @QueryParam("done") String done) {
        Viewer viewer = currentUser.require();
        SessionService.Scheduled scheduled = sessions.scheduled(viewer, id);
        FaceToFaceSession session = scheduled.session();
        boolean canRun = sessions.canRun(viewer, scheduled);
        int taken = (int) sessions.confirmedCount(id);
        String mine = sessions.signupOf(viewer.userId(), id).map(state -> state.name().toLowerCase(Locale.ROOT))
                .orElse(null);
        boolean over = sessions.isOver(session);
        boolean enrolled = courses.isEnrolled(viewer.userId(), session.courseId());
        List<String> confirmed = List.of();
        List<String> waiting = List.of();
        if (canRun) {
            List<Signup> active = sessions.signups(viewer, id);
            Map<Long, String> names = identity.displayNames(active.stream().map(Signup::userId).toList());
            confirmed = active.stream().filter(s -> s.state() == Signup.State.CONFIRMED)
                    .map(s -> names.getOrDefault(s.userId(), "#" + s.userId())).toList();
            waiting = active.stream().filter(s -> s.state() == Signup.State.WAITLISTED)
                    .map(s -> names.getOrDefault(s.userId(), "#" + s.userId())).toList();
        }
        String facilitator = session.facilitatorId() == null ? null
                : identity.displayNames(List.of(session.facilitatorId())).get(session.facilitatorId());
        Locale locale = language.locale();
        ItemContent item = scheduled.item();
        SessionPage page = new SessionPage(id, title(scheduled), scheduled.course().code(),
                scheduled.course().title().in(locale), item == null ? null : item.id(),
                item == null ? null : item.title().in(locale), SessionTime.span(session.startsAt(), session.endsAt(), locale),
                session.place(), taken, session.capacity(), facilitator, mine, enrolled && mine == null && !over,
                taken >= session.capacity(), over, "confirmed".equals(mine) && sessions.checkInOpen(session), canRun,
                sessions.canSchedule(viewer, scheduled), confirmed, waiting);
        return html(200, Templates.session(page, done == null || done.isBlank() ? null : done));
    }

    @GET
    @Path("{sessionId: \\d+}/edit")
    @Operation(summary = "The form that changes a session (HTML)")
    public Response editForm(@PathParam("sessionId") long id) {
        Viewer viewer = currentUser.require();
        SessionService.Scheduled scheduled = sessions.scheduled(viewer, id);
        sessions.requireCanSchedule(viewer, scheduled.course(), scheduled.session().cohortId());
        FaceToFaceSession session = scheduled.session();
        String email = session.facilitatorId() == null ? ""
                : identity.findUser(session.facilitatorId()).map(User::email).orElse("");
        return renderForm(200, scheduled.course(), session.itemId(), id,
                SessionForm.of(session, scheduled.course().code(), email), List.of());
    }

    @POST
    @Path("{sessionId: \\d+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Change a session (form); fewer seats than confirmed sign-ups are refused")
    public Response edit(@PathParam("sessionId") long id, MultivaluedMap<String, String> fields) {
        Viewer viewer = currentUser.require();
        SessionService.Scheduled scheduled = sessions.scheduled(viewer, id);
        sessions.requireCanSchedule(viewer, scheduled.course(), scheduled.session().cohortId());
        SessionForm form = SessionForm.of(fields);
        SessionForm kept = new SessionForm(scheduled.course().code(), Long.toString(scheduled.session().itemId()),
                form.cohort(), form.title(), form.date(), form.start(), form.end(), form.place(), form.capacity(),
                form.facilitator());
        try {
            sessions.change(viewer, id, kept.toSchedule(scheduled.course().id(), facilitator(form.facilitator())));
            return Response.seeOther(URI.create("/sessions/" + id + "?done=saved")).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return renderForm(400, scheduled.course(), scheduled.session().itemId(), id, kept, e.formErrors());
        }
    }

    @POST
    @Path("{sessionId: \\d+}/signup")
    @Operation(summary = "Sign up for a session (form): a seat, or the wait-list when it is full")
    public Response signUp(@PathParam("sessionId") long id) {
        Signup.State state = sessions.signUp(currentUser.require(), id);
        return Response.seeOther(URI.create("/sessions/" + id + "?done=" + state.name().toLowerCase(Locale.ROOT)))
                .build();
    }

    @POST
    @Path("{sessionId: \\d+}/cancel")
    @Operation(summary = "Cancel one's sign-up (form); the first on the wait-list gets the seat")
    public Response cancel(@PathParam("sessionId") long id) {
        sessions.cancel(currentUser.require(), id);
        return Response.seeOther(URI.create("/sessions/" + id + "?done=cancelled")).build();
    }

    @GET
    @Path("{sessionId: \\d+}/attendance")
    @Operation(summary = "The attendance sheet of a session, for its facilitator and coordinators (HTML)")
    public Response sheet(@PathParam("sessionId") long id, @QueryParam("saved") boolean saved) {
        return renderSheet(200, attendance.sheet(currentUser.require(), id), saved, List.of(), Map.of());
    }

    @POST
    @Path("{sessionId: \\d+}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Save attendance marks (form: m{userId}=present|late|excused|absent)")
    public Response mark(@PathParam("sessionId") long id, MultivaluedMap<String, String> fields) {
        Viewer viewer = currentUser.require();
        Map<Long, Attendance.Status> marks = new LinkedHashMap<>();
        try {
            fields.forEach((key, values) -> {
                if (key.matches("m\\d{1,18}") && values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                    marks.put(Long.parseLong(key.substring(1)), status(values.get(0)));
                }
            });
            attendance.mark(viewer, id, marks);
            return Response.seeOther(URI.create("/sessions/" + id + "/attendance?saved=true")).build();
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return renderSheet(400, attendance.sheet(viewer, id), false, e.formErrors(), marks);
        }
    }

    @GET
    @Path("{sessionId: \\d+}/checkin-code")
    @Operation(summary = "The rotating check-in code of a session, as digits and a QR code, for its facilitator (HTML)")
    public Response code(@PathParam("sessionId") long id) {
        AttendanceService.Screen screen = attendance.screen(currentUser.require(), id);
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        String link = base + "/checkin/" + id + "?code=" + screen.code();
        FaceToFaceSession session = screen.scheduled().session();
        CodePage page = new CodePage(id, title(screen.scheduled()),
                SessionTime.span(session.startsAt(), session.endsAt(), language.locale()), screen.code(),
                new RawString(QrSvg.of(link, link)), link, base + "/checkin", screen.changesIn());
        return html(200, Templates.code(page));
    }

    static Attendance.Status status(String value) {
        try {
            return Attendance.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("status", "must be present, late, excused or absent");
        }
    }

    private Long facilitator(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        return identity.findUserByEmail(email.strip()).map(User::id)
                .orElseThrow(() -> DomainException.invalid("facilitator", "is not a person of this site"));
    }

    /** The session's own title, else its item's, else its course's. */
    private String title(SessionService.Scheduled scheduled) {
        Locale locale = language.locale();
        if (scheduled.session().title() != null) {
            return scheduled.session().title();
        }
        return scheduled.item() != null ? scheduled.item().title().in(locale) : scheduled.course().title().in(locale);
    }

    private Response renderForm(int status, Course course, long itemId, Long sessionId, SessionForm form,
            List<FieldError> errors) {
        Locale locale = language.locale();
        String itemTitle = sessions.publishedItem(course, itemId).map(item -> item.title().in(locale)).orElse("");
        FormPage page = new FormPage(sessionId == null ? "/sessions" : "/sessions/" + sessionId + "/edit",
                course.code(), course.title().in(locale), itemId, itemTitle, sessionId != null, form);
        return html(status, Templates.form(page, errors));
    }

    private Response renderSheet(int status, AttendanceService.Sheet sheet, boolean saved, List<FieldError> errors,
            Map<Long, Attendance.Status> typed) {
        FaceToFaceSession session = sheet.scheduled().session();
        SheetPage page = new SheetPage(session.id(), title(sheet.scheduled()),
                SessionTime.span(session.startsAt(), session.endsAt(), language.locale()), session.place(),
                views(sheet.signedUp(), typed), views(sheet.others(), typed));
        return html(status, Templates.attendance(page, saved, errors));
    }

    private static List<LineView> views(List<AttendanceService.Line> lines, Map<Long, Attendance.Status> typed) {
        return lines.stream().map(line -> {
            Attendance.Status status = typed.getOrDefault(line.userId(), line.status());
            return new LineView(line.userId(), line.name(),
                    status == null ? null : status.name().toLowerCase(Locale.ROOT),
                    line.method() == Attendance.Method.CHECK_IN);
        }).toList();
    }

    private static long parseOr(String value, long fallback) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(layout.apply(page).render()).build();
    }
}
