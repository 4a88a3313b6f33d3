package org.surgalt.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.surgalt.testsupport.PersonBuilder.aPerson;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.surgalt.course.CourseContent;
import org.surgalt.course.CourseContent.ItemContent;
import org.surgalt.course.CourseContent.ModuleContent;
import org.surgalt.course.CourseService;
import org.surgalt.course.ItemKind;
import org.surgalt.identity.Role;
import org.surgalt.progress.CompletionFact;
import org.surgalt.progress.ProgressService;
import org.surgalt.progress.ProgressService.LearnerProgress;
import org.surgalt.testsupport.PersonBuilder.TestPerson;
import org.surgalt.testsupport.Sessions;

/**
 * Coordinators and learners must never disagree (issue 6, item 8): learners in two aimags, three
 * soums and three schools work through a course with the calls the application makes
 * (ProgressService.viewed for pages, record for attendance), and every figure of the dashboard, at
 * every level, is the sum of what each learner is shown by ProgressService.of.
 *
 * <p>The dashboard reads the derived progress tables, which ProgressService fills in the same
 * transaction as each fact.
 */
@QuarkusTest
class DashboardConsistencyTest {

    /** How many of the course's items, in order, each member does (7 is all of them). */
    private static final int[] DONE = {7, 0, 3, 2, 5, 7, 1};

    @Test
    void everyLevelOfTheDashboardIsTheSumOfWhatItsLearnersSee() {
        CohortFixture cohort = new CohortFixture(3, 3, 2, 2);
        ProgressService progress = Arc.container().instance(ProgressService.class).get();
        CourseContent content = Arc.container().instance(CourseService.class).get().published(cohort.course.code());
        List<ItemContent> items = content.items().toList();
        assertEquals(7, items.size());
        for (int m = 0; m < DONE.length; m++) {
            long learner = cohort.members.get(m).id();
            for (ItemContent item : items.subList(0, DONE[m])) {
                if (item.kind() == ItemKind.SESSION) {
                    progress.record(learner, content, item, CompletionFact.Kind.ATTENDED, null, "attendance");
                } else {
                    progress.viewed(learner, content, item);
                }
            }
        }

        // What each learner sees.
        Map<Long, Seen> seen = new HashMap<>();
        for (TestPerson member : cohort.members) {
            LearnerProgress own = progress.of(member.id(), content);
            Set<Long> touched = progress.touchedItems(member.id(), content.courseId());
            List<Boolean> reached = new ArrayList<>();
            List<Boolean> completed = new ArrayList<>();
            for (ModuleContent module : content.modules()) {
                reached.add(module.items().stream().anyMatch(item -> touched.contains(item.id())));
                completed.add(own.isComplete(module));
            }
            seen.put(member.id(), new Seen(own.percent(), completed.stream().allMatch(c -> c), !touched.isEmpty(),
                    reached, completed));
        }

        TestPerson admin = aPerson().withRole(Role.ADMIN).create();
        var session = Sessions.as(admin);
        String api = "/api/reports/cohorts/" + cohort.cohortId;
        JsonPath top = session.given().when().get(api).then().statusCode(200).extract().jsonPath();
        assertGroup(top, "total", cohort, seen, member -> true);
        assertFunnel(top, cohort, seen, member -> true);
        for (CohortFixture.School school : List.of(cohort.khovdBuyant, cohort.khovdJargalant, cohort.darkhan)) {
            Predicate<Integer> inAimag = m -> schoolOf(cohort, m).aimag().equals(school.aimag());
            Predicate<Integer> inSoum = inAimag.and(m -> schoolOf(cohort, m).soum().equals(school.soum()));
            Predicate<Integer> inSchool = m -> schoolOf(cohort, m) == school;
            assertGroup(top, "rows.find { it.name == '" + school.aimag() + "' }", cohort, seen, inAimag);

            JsonPath aimag = session.given().queryParam("aimag", school.aimag()).when().get(api).then().statusCode(200)
                    .extract().jsonPath();
            assertGroup(aimag, "total", cohort, seen, inAimag);
            assertGroup(aimag, "rows.find { it.name == '" + school.soum() + "' }", cohort, seen, inSoum);
            assertFunnel(aimag, cohort, seen, inAimag);

            JsonPath soum = session.given().queryParam("aimag", school.aimag()).queryParam("soum", school.soum()).when()
                    .get(api).then().statusCode(200).extract().jsonPath();
            assertGroup(soum, "rows.find { it.name == '" + school.name() + "' }", cohort, seen, inSchool);
            String schoolId = soum.getString("rows.find { it.name == '" + school.name() + "' }.key");

            JsonPath teachers = session.given().queryParam("school", schoolId).when().get(api).then().statusCode(200)
                    .extract().jsonPath();
            assertGroup(teachers, "total", cohort, seen, inSchool);
            assertFunnel(teachers, cohort, seen, inSchool);
            for (int m = 0; m < cohort.members.size(); m++) {
                if (inSchool.test(m)) {
                    long id = cohort.members.get(m).id();
                    String teacher = "teachers.find { it.userId == " + id + " }.courses[0]";
                    assertEquals(seen.get(id).percent(), teachers.getInt(teacher + ".percent"), "member " + m + "'s percent");
                    assertEquals(seen.get(id).complete(), teachers.getBoolean(teacher + ".complete"));
                }
            }
        }
    }

    private record Seen(int percent, boolean complete, boolean started, List<Boolean> reached, List<Boolean> completed) {
    }

    private static CohortFixture.School schoolOf(CohortFixture cohort, int member) {
        return member < 3 ? cohort.khovdBuyant : member < 5 ? cohort.khovdJargalant : cohort.darkhan;
    }

    private static void assertGroup(JsonPath report, String group, CohortFixture cohort, Map<Long, Seen> seen,
            Predicate<Integer> members) {
        List<Seen> learners = new ArrayList<>();
        for (int m = 0; m < cohort.members.size(); m++) {
            if (members.test(m)) {
                learners.add(seen.get(cohort.members.get(m).id()));
            }
        }
        int percentSum = learners.stream().mapToInt(Seen::percent).sum();
        int completed = (int) learners.stream().filter(Seen::complete).count();
        assertEquals(learners.size(), report.getInt(group + ".learners"), group + ": learners");
        assertEquals((int) learners.stream().filter(Seen::started).count(), report.getInt(group + ".started"),
                group + ": started");
        assertEquals(completed, report.getInt(group + ".completed"), group + ": completed");
        assertEquals((int) Math.round(completed * 100.0 / learners.size()), report.getInt(group + ".percentComplete"),
                group + ": % complete");
        assertEquals((int) Math.round((double) percentSum / learners.size()), report.getInt(group + ".averageProgress"),
                group + ": average progress");
    }

    private static void assertFunnel(JsonPath report, CohortFixture cohort, Map<Long, Seen> seen,
            Predicate<Integer> members) {
        List<Integer> reached = report.getList("funnels[0].modules.reached", Integer.class);
        List<Integer> completed = report.getList("funnels[0].modules.completed", Integer.class);
        for (int module = 0; module < reached.size(); module++) {
            int r = 0;
            int c = 0;
            for (int m = 0; m < cohort.members.size(); m++) {
                if (members.test(m)) {
                    Seen learner = seen.get(cohort.members.get(m).id());
                    r += learner.reached().get(module) ? 1 : 0;
                    c += learner.completed().get(module) ? 1 : 0;
                }
            }
            assertEquals(r, reached.get(module), "module " + (module + 1) + " reached");
            assertEquals(c, completed.get(module), "module " + (module + 1) + " completed");
        }
        assertEquals(3, reached.size(), "every module of the course, in order");
    }
}
