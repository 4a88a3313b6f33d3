package org.surgalt.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.surgalt.scaleout.Instances.generatedKey;
import static org.surgalt.scaleout.Instances.single;
import static org.surgalt.scaleout.Instances.states;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.surgalt.platform.EmbeddedMariaDb;
import org.surgalt.testsupport.PackagedApp;

/**
 * The weekly early-warning run (digests to coordinators, nudges to inactive learners) queued many
 * times and run by three instances of the packaged application at once, on one MariaDB and one
 * SMTP server: every coordinator gets one digest and every learner at most one nudge. The SMTP
 * server is the one mailbox all three share, so a mail sent twice, from any instance, is counted.
 */
class WeeklyDigestOnThreeInstancesIT {

    private static final int RUNS = 24;
    private static final String COHORT = "Three instances cohort";
    private static final Path HOME = PackagedApp.itDir().resolve("warning-three");
    private static final Path DATA_DIR = HOME.resolve("db").toAbsolutePath().normalize();
    private static final List<PackagedApp> APPS = new ArrayList<>();

    private static GreenMail smtp;
    private static String jdbcUrl;

    @BeforeAll
    static void startThreeInstances() throws Exception {
        PackagedApp.deleteRecursively(HOME);
        Files.createDirectories(HOME.resolve("assets"));
        smtp = new GreenMail(new ServerSetup(PackagedApp.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        jdbcUrl = EmbeddedMariaDb.start(DATA_DIR, 0, "surgalt_warning", true);
        for (int n = 1; n <= 3; n++) {
            Map<String, String> env = Instances.env(jdbcUrl, "warning-three-instances-session-key-0123456789",
                    HOME.resolve("assets").toAbsolutePath(), smtp, "instance-" + n + "@warning.surgalt.test");
            // The runs are queued by this test, all at once; no instance's own tick adds one.
            env.put("SURGALT_WARNING_CHECK_INTERVAL", "off");
            // Few workers each and a short poll: the runs are spread over the three and overlap.
            env.put("SURGALT_JOBS_POLL_INTERVAL", "1s");
            env.put("SURGALT_JOBS_WORKERS", "3");
            APPS.add(PackagedApp.launch("warning-" + n, HOME.resolve("instance-" + n), env, Map.of()));
        }
        APPS.forEach(app -> app.awaitReady(Duration.ofMinutes(5)));
    }

    @AfterAll
    static void stopEverything() {
        APPS.parallelStream().forEach(app -> app.stop(Duration.ofSeconds(20)));
        if (smtp != null) {
            smtp.stop();
        }
        PackagedApp.stopMariaDb(DATA_DIR);
    }

    @Test
    void manyRunsOnThreeInstancesSendEachDigestAndNudgeOnce() throws Exception {
        long cohortId;
        List<Long> jobIds = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "root", "")) {
            long course = single(c, "SELECT id FROM course WHERE code = 'carpentries-instructor-training'");
            cohortId = insert(c, "INSERT INTO cohort (code, name, starts_on, ends_on) VALUES ('warning-three', '" + COHORT
                    + "', '" + LocalDate.now().minusDays(30) + "', '" + LocalDate.now().plusDays(30) + "')");
            execute(c, "INSERT INTO cohort_course (cohort_id, course_id) VALUES (" + cohortId + ", " + course + ")");
            // Two coordinators of the cohort, reading Mongolian and English.
            for (String email : List.of("teacher@demo.surgalt.mn", "teacher.en@demo.surgalt.mn")) {
                execute(c, "INSERT INTO role_grant (user_id, role, scope_type, scope_id) SELECT id, 'COORDINATOR', "
                        + "'COHORT', " + cohortId + " FROM app_user WHERE email = '" + email + "'");
            }
            // Every demo person a member since five weeks ago, none active since: all on the inactive list.
            List<Long> people = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM app_user ORDER BY id")) {
                while (r.next()) {
                    people.add(r.getLong(1));
                }
            }
            try (PreparedStatement member = c.prepareStatement("INSERT INTO cohort_member (cohort_id, user_id, source,"
                    + " added_at) VALUES (?, ?, 'CSV', ?)")) {
                for (long person : people) {
                    member.setLong(1, cohortId);
                    member.setLong(2, person);
                    member.setTimestamp(3, Timestamp.from(Instant.now().minus(Duration.ofDays(35))));
                    member.executeUpdate();
                }
            }
            try (PreparedStatement job = c.prepareStatement("INSERT INTO job (kind, payload, state, attempts,"
                    + " max_attempts, run_after, created_at, updated_at) VALUES ('warning.weekly', '{}', 'QUEUED', 0, 5,"
                    + " ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < RUNS; i++) {
                    job.setTimestamp(1, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")));
                    job.setTimestamp(2, now);
                    job.setTimestamp(3, now);
                    job.executeUpdate();
                    jobIds.add(generatedKey(job));
                }
            }
            String ids = jobIds.toString().replaceAll("[\\[\\] ]", "");
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (single(c, "SELECT COUNT(*) FROM job WHERE state = 'DONE' AND id IN (" + ids + ")") < RUNS) {
                assertTrue(Instant.now().isBefore(deadline), "the runs were not all done; states: "
                        + states(c, ids) + "\n" + APPS.get(0).logTail());
                Thread.sleep(500);
            }
            assertEquals(2, single(c, "SELECT COUNT(*) FROM warning_digest WHERE cohort_id = " + cohortId));
        }

        // Every run ran, and not all on one instance: each logs one line per run.
        Map<String, Integer> runsPerInstance = new TreeMap<>();
        for (PackagedApp app : APPS) {
            Matcher line = Pattern.compile("Weekly early-warning run: ").matcher(app.log());
            int runs = 0;
            while (line.find()) {
                runs++;
            }
            runsPerInstance.put(app.name(), runs);
        }
        assertEquals(RUNS, runsPerInstance.values().stream().mapToInt(Integer::intValue).sum(), runsPerInstance.toString());
        assertTrue(runsPerInstance.values().stream().filter(runs -> runs > 0).count() >= 2,
                "runs on one instance only: " + runsPerInstance);

        // The mailbox: no recipient got any mail (digest or nudge) twice; each coordinator one digest of the cohort.
        smtp.waitForIncomingEmail(1);
        Map<String, Integer> perRecipientAndSubject = new TreeMap<>();
        Map<String, Integer> digestsOfTheCohort = new TreeMap<>();
        Map<String, Integer> nudges = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String subject = message.getSubject();
            for (Address to : message.getAllRecipients()) {
                perRecipientAndSubject.merge(to + " | " + subject, 1, Integer::sum);
                if (subject.contains("waiting for you") || subject.contains("таныг хүлээж байна")) {
                    nudges.merge(to.toString(), 1, Integer::sum);
                } else if (subject.contains(COHORT) && subject.contains("-W")) {
                    digestsOfTheCohort.merge(to.toString(), 1, Integer::sum);
                }
            }
        }
        assertEquals(Map.of("teacher.en@demo.surgalt.mn", 1, "teacher@demo.surgalt.mn", 1), digestsOfTheCohort);
        Map<String, Integer> twice = new TreeMap<>(perRecipientAndSubject);
        twice.values().removeIf(count -> count == 1);
        assertEquals(Map.of(), twice, "mails sent more than once");
        // Every demo person is an inactive member, so each is nudged, once, whatever cohorts they are in.
        assertTrue(nudges.containsKey("teacher@demo.surgalt.mn"), "inactive members were nudged: " + nudges);
        Map<String, Integer> nudgedTwice = new TreeMap<>(nudges);
        nudgedTwice.values().removeIf(count -> count == 1);
        assertEquals(Map.of(), nudgedTwice, "learners nudged more than once this week");
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            return generatedKey(s);
        }
    }
}
