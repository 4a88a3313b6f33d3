package org.surgalt.reporting.warning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.surgalt.identity.Grant;
import org.surgalt.identity.Role;
import org.surgalt.identity.RoleGrant;
import org.surgalt.platform.jobs.JobQueue;
import org.surgalt.platform.jobs.JobRunner;
import org.surgalt.testsupport.CohortBuilder;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * The weekly digest: to each of a cohort's coordinators in their own language, once per ISO week
 * however often and wherever it runs, with the change since last week, and with the same numbers
 * as the "who is slipping" page.
 */
@QuarkusTest
class DigestMailTest {

    private static final Pattern COUNT = Pattern.compile("(?:Learners on the list|Жагсаалтад буй суралцагч): (\\d+)");

    @Inject
    MockMailbox mailbox;

    @Inject
    WeeklyDigest digest;

    @Inject
    EarlyWarning warning;

    @Inject
    JobQueue jobs;

    @Inject
    JobRunner runner;

    /** A cohort made by an English-reading coordinator, coordinated also by a Mongolian-reading one. */
    private record Cohort(WarningFixture fixture, TestPerson creator, TestPerson granted, TestPerson quiet,
            TestPerson never) {
    }

    private static Cohort cohort() {
        TestPerson creator = aPerson().withLocale("en").withRole(Role.COORDINATOR).create();
        WarningFixture f = new WarningFixture(CohortBuilder.aCohort().withName("Spring cohort")
                .running(LocalDate.now().minusDays(40), LocalDate.now().plusDays(60)).createdBy(creator.id()));
        TestPerson granted = aPerson().withLocale("mn")
                .withGrant(new Grant(Role.COORDINATOR, RoleGrant.Scope.COHORT, f.cohort.id())).create();
        // Quiet for 18 days: active a week ago as of last week's digest, inactive now. Never: inactive at both.
        TestPerson quiet = f.member(aPerson().withName("Quiet Learner").create(), 35);
        f.progress(quiet, 5, 18.0);
        TestPerson never = f.member(aPerson().withName("Never Started").create(), 35);
        return new Cohort(f, creator, granted, quiet, never);
    }

    private Slipping.CohortInfo info(Cohort c) {
        return warning.lists(c.fixture().cohort.id(), WarningFixture.NOW).cohort();
    }

    @Test
    void eachCoordinatorGetsItInTheirLanguageAndNobodyElse() {
        TestPerson siteCoordinator = aPerson().withGrant(Grant.site(Role.COORDINATOR)).create();
        Cohort c = cohort();
        String week = warning.week(WarningFixture.NOW);

        assertEquals(2, digest.send(info(c), week, WarningFixture.NOW));

        List<Mail> en = mailbox.getMailsSentTo(c.creator().email());
        assertEquals(1, en.size());
        assertEquals("Who is slipping in \"Spring cohort\", week " + week, en.get(0).getSubject());
        assertTrue(en.get(0).getText().contains("Inactive for 14 days or more") && en.get(0).getText().contains(
                "- Never Started (") && en.get(0).getText().contains("/reports/cohorts/" + c.fixture().cohort.code()
                        + "/slipping"), en.get(0).getText());
        List<Mail> mn = mailbox.getMailsSentTo(c.granted().email());
        assertEquals(1, mn.size());
        assertEquals("\"Spring cohort\" бүлэгт хоцорч буй суралцагчид, " + week + " долоо хоног", mn.get(0).getSubject());
        assertTrue(mn.get(0).getText().contains("14 ба түүнээс олон хоног идэвхгүй"), mn.get(0).getText());
        assertEquals(List.of(), mailbox.getMailsSentTo(siteCoordinator.email()), "site coordinators run every cohort");
    }

    @Test
    void sentOnceAWeekHoweverOftenAndConcurrentlyItRuns() throws Exception {
        Cohort c = cohort();
        String week = warning.week(WarningFixture.NOW);
        Slipping.CohortInfo cohort = info(c);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            runs.add(() -> digest.send(cohort, week, WarningFixture.NOW));
        }
        int sent = 0;
        for (Future<Integer> run : pool.invokeAll(runs)) {
            sent += run.get();
        }
        pool.shutdown();
        assertEquals(2, sent, "four runs at once send each coordinator's digest once");
        // And the job, queued three times and run by whoever claims it, sends nothing more this week.
        for (int n = 0; n < 3; n++) {
            jobs.enqueue(WeeklyWarnings.JOB, Map.of());
        }
        while (runner.runDue("digest-test", 10) > 0) {
            // run what is due
        }
        assertEquals(1, mailbox.getMailsSentTo(c.creator().email()).size());
        assertEquals(1, mailbox.getMailsSentTo(c.granted().email()).size());
    }

    @Test
    void itSaysWhatChangedSinceLastWeek() {
        Cohort c = cohort();
        Instant lastWeek = WarningFixture.NOW.minus(Duration.ofDays(7));
        digest.send(info(c), warning.week(lastWeek), lastWeek);
        String before = mailbox.getMailsSentTo(c.creator().email()).get(0).getText();
        assertTrue(before.contains("Learners on the list: 1 No digest last week to compare with."), before);

        digest.send(info(c), warning.week(WarningFixture.NOW), WarningFixture.NOW);

        List<Mail> mails = mailbox.getMailsSentTo(c.creator().email());
        assertEquals(2, mails.size(), "one a week");
        String now = mails.get(1).getText();
        assertTrue(now.contains("Learners on the list: 2 Last week: 1; new on the list since: 1"), now);
        assertTrue(now.contains("- Quiet Learner (") && now.lines().anyMatch(line -> line.startsWith("- Quiet Learner")
                && line.endsWith("[new]")), now);
        assertTrue(now.lines().noneMatch(line -> line.startsWith("- Never Started") && line.endsWith("[new]")), now);
    }

    @Test
    void thePageShowsTheDigestsNumbers() {
        Cohort c = cohort();
        c.fixture().assignmentDue(2);
        long session = c.fixture().session(3, true);
        c.fixture().mark(session, c.never(), "PRESENT");
        Instant lastWeek = WarningFixture.NOW.minus(Duration.ofDays(7));
        digest.send(info(c), warning.week(lastWeek), lastWeek);
        digest.send(info(c), warning.week(WarningFixture.NOW), WarningFixture.NOW);
        String mail = mailbox.getMailsSentTo(c.creator().email()).get(1).getText();

        String page = Sessions.as(c.creator()).given().accept("text/html")
                .get("/reports/cohorts/{code}/slipping", c.fixture().cohort.code())
                .then().statusCode(200).extract().asString();

        List<Integer> mailed = counts(mail);
        List<Integer> shown = new ArrayList<>();
        Matcher onPage = Pattern.compile("data-count=\"(\\d+)\"").matcher(page);
        while (onPage.find()) {
            shown.add(Integer.parseInt(onPage.group(1)));
        }
        Slipping lists = warning.lists(c.fixture().cohort.id(), WarningFixture.NOW);
        assertEquals(List.of(lists.inactive().count(), lists.missed().count(), lists.overdue().count(),
                lists.offPace().count()), mailed);
        assertEquals(List.of(2, 1, 2, 1), mailed, "the fixture's: two inactive, one missed, two overdue, one off pace (half done in 35 days is on pace)");
        assertEquals(mailed, shown);
        assertTrue(page.contains("Last week: 1; new on the list since: 1"), page);
    }

    private static List<Integer> counts(String text) {
        List<Integer> counts = new ArrayList<>();
        Matcher matcher = COUNT.matcher(text);
        while (matcher.find()) {
            counts.add(Integer.parseInt(matcher.group(1)));
        }
        return counts;
    }
}
