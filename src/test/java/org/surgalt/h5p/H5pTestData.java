package org.surgalt.h5p;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.surgalt.testsupport.PackageCourses;

/**
 * What the browser tests wait for: a browser sends statements and saves as the learner works, and a
 * person takes longer to look than those requests take to arrive (at most 10 s here).
 */
final class H5pTestData {

    private H5pTestData() {
    }

    /** Waits until the LRS holds {@code count} answered statements of the learner about the item's activity. */
    static void awaitStatements(long userId, long itemId, int count) throws Exception {
        await("SELECT COUNT(*) >= ? FROM xapi_statement WHERE JSON_VALUE(body, '$.actor.account.name') = ?"
                + " AND JSON_VALUE(body, '$.object.id') LIKE ?"
                + " AND JSON_VALUE(body, '$.verb.id') = 'http://adlnet.gov/expapi/verbs/answered'", count,
                Long.toString(userId), "%/items/" + itemId, count + " answered statement(s) in the LRS");
    }

    /** Waits until the learner's saved state for the item is {@code state}. */
    static void awaitState(long userId, long itemId, String state) throws Exception {
        await("SELECT COUNT(*) FROM h5p_user_data WHERE user_id = ? AND item_id = ? AND state = ?", userId, itemId,
                state, "the state " + state + " saved");
    }

    /** Whether the learner's progress shows the item complete (the author's view of it). */
    static boolean complete(PackageCourses.PackageCourse course, long userId) {
        return course.author().given().when()
                .get("/api/progress/courses/{c}/learners/{u}", course.course().id(), userId)
                .then().statusCode(200).extract().jsonPath()
                .getBoolean("modules[0].items.find { it.id == " + course.itemId() + " }.complete");
    }

    private static void await(String sql, Object a, Object b, Object c, String what) throws Exception {
        DataSource data = Arc.container().instance(DataSource.class).get();
        for (int i = 0; i < 300; i++) {
            try (Connection connection = data.getConnection(); PreparedStatement s = connection.prepareStatement(sql)) {
                s.setObject(1, a);
                s.setObject(2, b);
                s.setObject(3, c);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getLong(1) > 0) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not there after 30 s: " + what);
    }
}
