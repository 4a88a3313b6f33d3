package org.surgalt.samples;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.surgalt.authoring.PublishingService;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.Role;
import org.surgalt.identity.local.LocalAccountService;
import org.surgalt.platform.DomainException;

/**
 * Imports content-samples/ at start-up: every course folder, then demo.yaml. What exists already
 * (a course by code, an institution by code, a person by email) is left alone, so every start
 * after the first imports nothing. A folder that cannot be read is reported and skipped; the
 * application starts regardless.
 */
@ApplicationScoped
public class SampleImporter {

    private static final Logger LOG = Logger.getLogger(SampleImporter.class);

    private final SamplesConfig config;
    private final CourseService courses;
    private final PublishingService publishing;
    private final IdentityService identity;
    private final LocalAccountService accounts;
    private final org.surgalt.cohort.CohortService cohorts;
    private final int httpPort;

    SampleImporter(SamplesConfig config, CourseService courses, PublishingService publishing, IdentityService identity,
            LocalAccountService accounts, org.surgalt.cohort.CohortService cohorts,
            @ConfigProperty(name = "quarkus.http.port") int httpPort) {
        this.config = config;
        this.courses = courses;
        this.publishing = publishing;
        this.identity = identity;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.httpPort = httpPort;
    }

    public record Report(List<String> imported, List<String> existing, List<String> problems,
            List<String> demoPeople) {
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.importAtStart()) {
            return;
        }
        Path dir = Path.of(config.dir());
        if (!Files.isDirectory(dir)) {
            LOG.infof("No sample folder at %s: no sample courses imported", dir.toAbsolutePath());
            return;
        }
        Report report = importAll(dir);
        LOG.infof("Sample courses: %d imported, %d there already, %d with problems",
                report.imported().size(), report.existing().size(), report.problems().size());
        LOG.infof("Surgalt is ready: open http://localhost:%d", httpPort);
        if (!report.demoPeople().isEmpty()) {
            LOG.infof("Demo accounts (passwords in %s): %s", dir.resolve(DemoPeople.FILE),
                    String.join(", ", report.demoPeople()));
        }
    }

    public Report importAll(Path dir) {
        List<String> imported = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> demoPeople = new ArrayList<>();
        for (Path folder : courseFolders(dir, problems)) {
            String name = dir.getFileName() + "/" + folder.getFileName() + "/" + CourseFolder.COURSE_FILE;
            try {
                var course = CourseFolder.read(folder, name);
                try {
                    if (publishing.importCourse(course).isPresent()) {
                        imported.add(course.code());
                    } else {
                        existing.add(course.code());
                    }
                } catch (DomainException e) {
                    report(problems, name + ": " + e.getMessage());
                } catch (RuntimeException e) {
                    // Another instance importing the same course at the same moment wins the unique code.
                    report(problems, name + ": not imported (" + rootMessage(e) + ")");
                }
            } catch (SampleFormatException e) {
                report(problems, e.getMessage());
            }
        }
        Path demoFile = dir.resolve(DemoPeople.FILE);
        if (Files.isRegularFile(demoFile)) {
            String name = dir.getFileName() + "/" + DemoPeople.FILE;
            try {
                importDemo(DemoPeople.read(demoFile, name), name, problems, demoPeople);
            } catch (SampleFormatException e) {
                report(problems, e.getMessage());
            }
        }
        return new Report(imported, existing, problems, demoPeople);
    }

    private void importDemo(DemoPeople.Demo demo, String name, List<String> problems, List<String> demoPeople) {
        for (DemoPeople.DemoInstitution institution : demo.institutions()) {
            identity.createInstitutionIfAbsent(institution.code(), institution.name(), institution.kind(),
                    institution.aimag(), institution.soum());
        }
        for (DemoPeople.DemoPerson person : demo.people()) {
            try {
                // Only a person this import creates gets the demo password and roles: a second
                // start must not undo a password someone changed since.
                identity.createUserIfAbsent(person.email(), person.name(), person.locale(), person.institution())
                        .ifPresent(created -> {
                            if (person.password() != null) {
                                accounts.setPassword(created.id(), person.password());
                            }
                            person.roles().forEach(role -> identity.grantInOwnInstitution(person.email(), role));
                            // Authoring, grading and progress are rights in a course: the institution-wide
                            // author role only lets someone create courses of their own.
                            person.courseRoles().forEach((code, roles) -> roles.forEach(role -> identity.grant(
                                    created.id(), Grant.course(role, courses.courseByCode(code).id()))));
                        });
                for (String courseCode : person.enrol()) {
                    courses.enrol(person.email(), courseCode);
                }
                demoPeople.add(person.email() + (person.roles().isEmpty() ? ""
                        : " (" + String.join(", ", person.roles().stream().map(Role::id).toList()) + ")"));
            } catch (DomainException e) {
                report(problems, name + ": " + person.email() + ": " + e.getMessage());
            }
        }
        for (DemoPeople.DemoCohort cohort : demo.cohorts()) {
            try {
                cohorts.createIfAbsent(new org.surgalt.cohort.NewCohort(cohort.code(), cohort.name(),
                        cohort.description(), cohort.startsOn(), cohort.endsOn()), cohort.coordinator(),
                        cohort.courses(), cohort.members());
            } catch (DomainException e) {
                report(problems, name + ": cohort " + cohort.code() + ": " + e.getMessage());
            }
        }
    }

    private static List<Path> courseFolders(Path dir, List<String> problems) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).filter(CourseFolder::isCourseFolder).sorted().toList();
        } catch (IOException e) {
            report(problems, dir + ": cannot be listed: " + e.getMessage());
            return List.of();
        }
    }

    private static void report(List<String> problems, String problem) {
        LOG.errorf("Sample not imported: %s", problem);
        problems.add(problem);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
