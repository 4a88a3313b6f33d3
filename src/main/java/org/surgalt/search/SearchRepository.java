package org.surgalt.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.surgalt.course.CourseScope;
import org.surgalt.course.ItemKind;
import org.surgalt.platform.LocalizedText;

/**
 * The FULLTEXT queries of search, in SQL because HQL has no MATCH ... AGAINST. A read-only view
 * across the tables of course (the draft), authoring (published versions) and content (text
 * extracted from files); search owns no table.
 */
@ApplicationScoped
public class SearchRepository {

    /** Characters of a text fetched for its snippet, starting this many before the anchor word. */
    static final int WINDOW = 1200;
    static final int LEAD = 300;

    private static final String LESSON_COLUMNS = "%1$s.title_en, %1$s.title_mn, %1$s.body_en, %1$s.body_mn";

    /** The current published version of each course: older versions' rows are in item_version too. */
    private static final String PUBLISHED = """
            FROM item_version iv
            JOIN course_version cv ON cv.id = iv.course_version_id
            JOIN course c ON c.id = cv.course_id AND c.published_version = cv.number
            """;
    private static final String DRAFT = """
            FROM item i
            JOIN course_module m ON m.id = i.module_id
            JOIN course c ON c.id = m.course_id
            """;

    private final EntityManager entityManager;
    private volatile WordLengths wordLengths;

    SearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The shortest and longest words the server's InnoDB FULLTEXT indexes hold (3 and 84 by default). */
    public record WordLengths(int min, int max) {
    }

    WordLengths wordLengths() {
        WordLengths lengths = wordLengths;
        if (lengths == null) {
            Object[] row = (Object[]) entityManager
                    .createNativeQuery("SELECT @@innodb_ft_min_token_size, @@innodb_ft_max_token_size")
                    .getSingleResult();
            lengths = new WordLengths(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
            wordLengths = lengths;
        }
        return lengths;
    }

    /** A part of a text: {@code from} is where it starts in the whole (1-based), {@code length} the whole's. */
    record TextWindow(String text, int from, int length) {
        boolean cutBefore() {
            return from > 1;
        }

        boolean cutAfter() {
            return from - 1 + text.codePointCount(0, text.length()) < length;
        }
    }

    /** {@code first}/{@code second}: a lesson's English and Mongolian text, or a file's text and null. */
    record Row(boolean inFile, boolean draft, String courseCode, LocalizedText courseTitle, long itemId,
            ItemKind kind, LocalizedText itemTitle, String filename, TextWindow first, TextWindow second,
            double score) {
    }

    /**
     * Hits, best first: in the current published version of the {@code published} courses (except
     * the {@code hidden} items, closed to the learner), and in the draft of the {@code drafts} courses; lesson text
     * (titles and bodies) and the text extracted from the items' files.
     */
    List<Row> find(SearchQuery query, CourseScope published, Set<Long> hidden, CourseScope drafts, int limit) {
        List<String> branches = new ArrayList<>();
        if (!published.isEmpty()) {
            String where = (published.every() ? "" : " AND c.id IN (:published)")
                    + (hidden.isEmpty() ? "" : " AND iv.item_id NOT IN (:hidden)");
            branches.add(lesson("iv", "iv.item_id", "cv", false, PUBLISHED, where));
            branches.add(file("iv", "iv.item_id", "cv", false, PUBLISHED, where));
        }
        if (!drafts.isEmpty()) {
            String where = drafts.every() ? "" : " AND c.id IN (:drafts)";
            branches.add(lesson("i", "i.id", "c", true, DRAFT, where));
            branches.add(file("i", "i.id", "c", true, DRAFT, where));
        }
        if (branches.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT * FROM (" + String.join("\nUNION ALL\n", branches) + ") hits"
                + " ORDER BY score DESC, course_code, item_id, draft, in_file";
        Query statement = entityManager.createNativeQuery(sql)
                .setParameter("q", query.booleanMode())
                .setParameter("anchor", query.anchor())
                .setMaxResults(limit);
        if (!published.isEmpty() && !published.every()) {
            statement.setParameter("published", published.ids());
        }
        if (!published.isEmpty() && !hidden.isEmpty()) {
            statement.setParameter("hidden", hidden);
        }
        if (!drafts.isEmpty() && !drafts.every()) {
            statement.setParameter("drafts", drafts.ids());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = statement.getResultList();
        return rows.stream().map(SearchRepository::row).toList();
    }

    private static String lesson(String item, String itemId, String courseTitle, boolean draft, String from,
            String where) {
        String columns = LESSON_COLUMNS.formatted(item);
        return select(item, itemId, courseTitle, false, draft, "NULL",
                window(item + ".body_en", "first"), window(item + ".body_mn", "second"),
                "MATCH (" + columns + ") AGAINST (:q IN BOOLEAN MODE)")
                + from + "WHERE MATCH (" + columns + ") AGAINST (:q IN BOOLEAN MODE)" + where;
    }

    private static String file(String item, String itemId, String courseTitle, boolean draft, String from,
            String where) {
        return select(item, itemId, courseTitle, true, draft, item + ".asset_filename",
                window("t.text", "first"), "NULL AS second_text, NULL AS second_from, NULL AS second_length",
                "MATCH (t.text) AGAINST (:q IN BOOLEAN MODE)")
                + from + "JOIN asset_text t ON t.sha256 = " + item + ".asset_sha256\n"
                + "WHERE MATCH (t.text) AGAINST (:q IN BOOLEAN MODE)" + where;
    }

    private static String select(String item, String itemId, String courseTitle, boolean inFile, boolean draft,
            String filename, String first, String second, String score) {
        return "SELECT " + (inFile ? 1 : 0) + " AS in_file, " + (draft ? 1 : 0) + " AS draft, c.code AS course_code, "
                + courseTitle + ".title_en AS course_title_en, " + courseTitle + ".title_mn AS course_title_mn, "
                + itemId + " AS item_id, " + item + ".kind AS kind, " + item + ".title_en AS title_en, "
                + item + ".title_mn AS title_mn, " + filename + " AS filename, "
                + first + ", " + second + ", " + score + " AS score\n";
    }

    /**
     * The part of a text around the first place the anchor occurs (LOCATE compares with the
     * column's case-insensitive collation, like the index), so that a long text is not fetched
     * whole for a snippet; with where it starts and how long the whole is.
     */
    private static String window(String column, String name) {
        String from = "GREATEST(1, LOCATE(:anchor, " + column + ") - " + LEAD + ")";
        return "SUBSTRING(" + column + ", " + from + ", " + WINDOW + ") AS " + name + "_text, " + from + " AS " + name
                + "_from, CHAR_LENGTH(" + column + ") AS " + name + "_length";
    }

    private static Row row(Object[] columns) {
        boolean inFile = ((Number) columns[0]).intValue() == 1;
        return new Row(inFile, ((Number) columns[1]).intValue() == 1, (String) columns[2],
                LocalizedText.of((String) columns[3], (String) columns[4]), ((Number) columns[5]).longValue(),
                ItemKind.valueOf((String) columns[6]), LocalizedText.of((String) columns[7], (String) columns[8]),
                (String) columns[9], window(columns, 10), window(columns, 13), ((Number) columns[16]).doubleValue());
    }

    private static TextWindow window(Object[] columns, int at) {
        if (columns[at] == null) {
            return null;
        }
        return new TextWindow(columns[at].toString(), ((Number) columns[at + 1]).intValue(),
                ((Number) columns[at + 2]).intValue());
    }
}
