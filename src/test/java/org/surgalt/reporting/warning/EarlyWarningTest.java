package org.surgalt.reporting.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.surgalt.reporting.warning.Slipping.Row;
import org.surgalt.reporting.warning.Slipping.WarningList;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;

/** Each early-warning list, from real rows of cohorts, progress, sessions and assignments. */
@QuarkusTest
class EarlyWarningTest {

    @Inject
    EarlyWarning warning;

    private static Set<Long> who(WarningList<? extends Row> list) {
        return list.rows().stream().map(row -> row.learner().userId()).collect(Collectors.toSet());
    }

    /** The row of a list about one person. */
    private static <T extends Row> T row(WarningList<T> list, TestPerson person) {
        return list.rows().stream().filter(r -> r.learner().userId() == person.id()).findFirst().orElseThrow();
    }

    private static Set<Long> ids(TestPerson... people) {
        return java.util.Arrays.stream(people).map(TestPerson::id).collect(Collectors.toSet());
    }

    @Test
    void inactiveAreThoseWithNoActivityForTheDaysSinceTheyJoined() {
        WarningFixture f = new WarningFixture();
        TestPerson quiet = f.member(aPerson().create(), 30);
        f.progress(quiet, 3, 20.0);
        TestPerson busy = f.member(aPerson().create(), 30);
        f.progress(busy, 3, 2.0);
        TestPerson neverStarted = f.member(aPerson().create(), 30);
        TestPerson newcomer = f.member(aPerson().create(), 3);

        Slipping slipping = warning.lists(f.cohort.id(), WarningFixture.NOW);

        assertEquals(ids(quiet, neverStarted), who(slipping.inactive()), "14 days by default");
        assertEquals(2, slipping.inactive().count());
        assertEquals(WarningFixture.daysAgo(20).getEpochSecond(), row(slipping.inactive(), quiet).lastActivity().getEpochSecond(),
                "their last activity, as the progress feature recorded it");
        assertTrue(!who(slipping.inactive()).contains(newcomer.id()) && !who(slipping.inactive()).contains(busy.id()));
    }

    @Test
    void missedAreThoseExpectedOrSignedUpAtAnEndedSessionWithoutAttending() {
        WarningFixture f = new WarningFixture();
        TestPerson present = f.member(aPerson().create(), 20);
        TestPerson absent = f.member(aPerson().create(), 20);
        TestPerson excused = f.member(aPerson().create(), 20);
        TestPerson madeUp = f.member(aPerson().create(), 20);
        TestPerson joinedAfter = f.member(aPerson().create(), 1);
        long held = f.session(2, true);
        f.mark(held, present, "PRESENT");
        f.mark(held, absent, "ABSENT");
        f.mark(held, excused, "EXCUSED");
        // An open session (not the cohort's): only who signed up for it was expected.
        long open = f.session(1, false);
        f.signUp(open, madeUp);
        f.mark(open, madeUp, "LATE");
        TestPerson signedUpOnly = f.member(aPerson().create(), 20);
        long another = f.session(3, false);
        f.signUp(another, signedUpOnly);
        // Ahead: missed by nobody yet.
        f.session(-2, true);

        Slipping slipping = warning.lists(f.cohort.id(), WarningFixture.NOW);

        // signedUpOnly was also expected at the cohort's session; madeUp attended a session of the same workshop.
        assertEquals(ids(absent, signedUpOnly), who(slipping.missed()));
        assertEquals(2, slipping.missed().count());
        assertEquals(2, slipping.missed().rows().size(), "one row per learner and workshop, however many sessions");
        assertEquals("Workshop day", slipping.missed().rows().get(0).item().in(java.util.Locale.ENGLISH));
    }

    @Test
    void overdueAreAssignmentsPastTheirDeadlineWithNothingHandedIn() {
        WarningFixture f = new WarningFixture();
        TestPerson grader = aPerson().create();
        TestPerson handedIn = f.member(aPerson().create(), 20);
        TestPerson nothing = f.member(aPerson().create(), 20);
        TestPerson extended = f.member(aPerson().create(), 20);
        TestPerson extensionOver = f.member(aPerson().create(), 20);
        f.assignmentDue(3);
        f.submit(handedIn);
        f.extend(extended, -1, grader);
        f.extend(extensionOver, 1, grader);

        Slipping slipping = warning.lists(f.cohort.id(), WarningFixture.NOW);

        assertEquals(ids(nothing, extensionOver), who(slipping.overdue()));
        assertEquals(WarningFixture.daysAgo(1).getEpochSecond(), row(slipping.overdue(), extensionOver).dueAt().getEpochSecond(),
                "their own deadline");

        f.assignmentDue(-3);
        assertEquals(Set.of(extensionOver.id()), who(warning.lists(f.cohort.id(), WarningFixture.NOW).overdue()),
                "a deadline ahead is nobody's overdue, save an extension that ended");
    }

    @Test
    void offPaceAreThoseWhoseRateSoFarFinishesAfterTheEndDate() {
        // The cohort began before they joined: each started the day they joined, 20 days ago.
        WarningFixture f = new WarningFixture(CohortBuilder.aCohort().running(LocalDate.now().minusDays(40),
                LocalDate.now().plusDays(10)));
        TestPerson slow = f.member(aPerson().create(), 20);
        f.progress(slow, 2, 1.0);
        TestPerson steady = f.member(aPerson().create(), 20);
        f.progress(steady, 9, 1.0);
        TestPerson stalled = f.member(aPerson().create(), 20);
        TestPerson done = f.member(aPerson().create(), 20);
        f.progress(done, 10, 1.0);
        TestPerson newcomer = f.member(aPerson().create(), 3);

        Slipping slipping = warning.lists(f.cohort.id(), WarningFixture.NOW);

        assertEquals(ids(slow, stalled), who(slipping.offPace()));
        Slipping.OffPace slowRow = row(slipping.offPace(), slow);
        // 20% in 20 days: 80 more days to go, counted where the programme runs.
        assertEquals(20, slowRow.percent());
        assertEquals(WarningFixture.NOW.plus(java.time.Duration.ofDays(80)).atZone(java.time.ZoneId.of("Asia/Ulaanbaatar"))
                .toLocalDate(), slowRow.projected());
        assertNull(row(slipping.offPace(), stalled).projected(), "nothing done: no finish in sight");
        assertTrue(!who(slipping.offPace()).contains(newcomer.id()), "not judged in their first week");
    }

    @Test
    void withoutAnEndDateNobodyIsOffPace() {
        WarningFixture f = new WarningFixture(CohortBuilder.aCohort().running(LocalDate.now().minusDays(30), null));
        f.member(aPerson().create(), 25);
        assertEquals(List.of(), warning.lists(f.cohort.id(), WarningFixture.NOW).offPace().rows());
    }
}
