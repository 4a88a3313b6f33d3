package org.surgalt.testsupport;

import io.quarkus.arc.Arc;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.surgalt.identity.Grant;
import org.surgalt.identity.IdentityService;
import org.surgalt.identity.InstitutionKind;
import org.surgalt.identity.Role;
import org.surgalt.identity.User;
import org.surgalt.identity.local.LocalAccountService;

/** {@code aPerson().withRole(Role.AUTHOR).create()}: a local account made through the real services. */
public final class PersonBuilder {

    public static final String PASSWORD = "correct horse battery";
    public static final String INSTITUTION = "test-school";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String email = "person-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet() + "@test.surgalt";
    private String name = "Тест Хэрэглэгч";
    private String locale = "mn";
    private String institution = INSTITUTION;
    private final List<Role> institutionRoles = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final List<String> enrolments = new ArrayList<>();

    private PersonBuilder() {
    }

    public static PersonBuilder aPerson() {
        return new PersonBuilder();
    }

    public PersonBuilder withEmail(String value) {
        this.email = value;
        return this;
    }

    public PersonBuilder withName(String value) {
        this.name = value;
        return this;
    }

    /** The person's language, "mn" (the default) or "en". */
    public PersonBuilder withLocale(String value) {
        this.locale = value;
        return this;
    }

    public PersonBuilder inInstitution(String code) {
        this.institution = code;
        return this;
    }

    /** Admin is site-wide; other roles are given in the person's institution. */
    public PersonBuilder withRole(Role role) {
        institutionRoles.add(role);
        return this;
    }

    public PersonBuilder withGrant(Grant grant) {
        grants.add(grant);
        return this;
    }

    public PersonBuilder enrolledIn(String courseCode) {
        enrolments.add(courseCode);
        return this;
    }

    public TestPerson create() {
        IdentityService identity = Arc.container().instance(IdentityService.class).get();
        identity.createInstitutionIfAbsent(institution, "Туршилтын сургууль " + institution, InstitutionKind.SCHOOL,
                "Ховд", "Буянт");
        User user = identity.createUserIfAbsent(email, name, locale, institution)
                .orElseThrow(() -> new IllegalStateException(email + " exists already"));
        Arc.container().instance(LocalAccountService.class).get().setPassword(user.id(), PASSWORD);
        institutionRoles.forEach(role -> identity.grantInOwnInstitution(email, role));
        grants.forEach(grant -> identity.grant(user.id(), grant));
        var courses = Arc.container().instance(org.surgalt.course.CourseService.class).get();
        enrolments.forEach(code -> courses.enrol(email, code));
        return new TestPerson(user.id(), email, PASSWORD);
    }

    public record TestPerson(long id, String email, String password) {
    }
}
