package org.surgalt.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finished quiz attempts as records between a school node and the national server (issue 24,
 * sync-up): on the node, an attempt as submitted, with each question's option order and response; on
 * the national side, that attempt kept as the learner's next attempt there, graded as the node graded
 * it (its facts go up on their own), by the rule in deploy/NODE-PROTOCOL.md §5.
 */
@ApplicationScoped
public class AttemptRecords {

    /**
     * One question of an attempt. {@code options}: a choice question, whose option order and response
     * are option ids (the response comma-separated); otherwise the response is the text given.
     */
    public record Answer(long question, boolean options, List<Long> optionOrder, String response, Instant savedAt,
            BigDecimal earned) {
    }

    public record Finished(long attempt, long learner, long course, long item, Instant startedAt, Instant deadline,
            Instant submittedAt, boolean late, BigDecimal earned, Integer possible, Integer score, Boolean passed,
            List<Answer> answers) {
    }

    private final EntityManager em;

    AttemptRecords(EntityManager em) {
        this.em = em;
    }

    /** A submitted attempt as it is; empty while it is open (or gone). */
    @Transactional
    public Optional<Finished> finished(long attemptId) {
        List<?> rows = em.createNativeQuery("SELECT user_id, course_id, item_id, started_at, deadline, submitted_at, "
                + "late, earned, possible, score, passed FROM quiz_attempt WHERE id = ?1 AND submitted_at IS NOT NULL")
                .setParameter(1, attemptId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        List<Answer> answers = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT aq.question_id, q.kind, aq.option_order, aq.response, aq.saved_at, "
                + "aq.earned FROM attempt_question aq JOIN question q ON q.id = aq.question_id WHERE aq.attempt_id = ?1 "
                + "ORDER BY aq.position").setParameter(1, attemptId).getResultList()) {
            Object[] a = (Object[]) o;
            boolean options = QuestionKind.valueOf((String) a[1]).hasOptions();
            answers.add(new Answer(((Number) a[0]).longValue(), options, ids((String) a[2]), (String) a[3],
                    instant(a[4]), (BigDecimal) a[5]));
        }
        return Optional.of(new Finished(attemptId, number(r[0]), number(r[1]), number(r[2]), instant(r[3]),
                instant(r[4]), instant(r[5]), flag(r[6]), (BigDecimal) r[7], integer(r[8]), integer(r[9]),
                r[10] == null ? null : flag(r[10]), answers));
    }

    /** Why an attempt's questions and options are not the course's (national ids), or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String foreign(long courseId, long itemId, List<Answer> answers) {
        if (em.createNativeQuery("SELECT 1 FROM item_version iv JOIN course_version cv ON cv.id = iv.course_version_id "
                + "WHERE cv.course_id = ?1 AND iv.item_id = ?2 AND iv.kind = 'QUIZ' LIMIT 1").setParameter(1, courseId)
                .setParameter(2, itemId).getResultList().isEmpty()) {
            return "item " + itemId + " is not a quiz of course " + courseId;
        }
        for (Answer answer : answers) {
            List<?> kind = em.createNativeQuery("SELECT kind FROM question WHERE id = ?1 AND course_id = ?2")
                    .setParameter(1, answer.question()).setParameter(2, courseId).getResultList();
            if (kind.isEmpty()) {
                return "question " + answer.question() + " is not of course " + courseId;
            }
            Set<Long> options = new HashSet<>();
            em.createNativeQuery("SELECT id FROM question_option WHERE question_id = ?1")
                    .setParameter(1, answer.question()).getResultList().forEach(id -> options.add(number(id)));
            List<Long> named = new ArrayList<>(answer.optionOrder());
            if (QuestionKind.valueOf((String) kind.get(0)).hasOptions()) {
                try {
                    named.addAll(ids(answer.response()));
                } catch (NumberFormatException e) {
                    return "the response to question " + answer.question() + " is not option ids";
                }
            }
            if (!options.containsAll(named)) {
                return "an option named is not of question " + answer.question();
            }
        }
        return null;
    }

    /** Keeps the attempt (national ids) as the learner's next attempt at the quiz; its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long apply(Finished f) {
        int number = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM quiz_attempt "
                + "WHERE item_id = ?1 AND user_id = ?2 FOR UPDATE").setParameter(1, f.item())
                .setParameter(2, f.learner()).getSingleResult()).intValue();
        em.createNativeQuery("INSERT INTO quiz_attempt (item_id, course_id, user_id, number, started_at, deadline, "
                + "submitted_at, late, earned, possible, score, passed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                + "?11, ?12)").setParameter(1, f.item()).setParameter(2, f.course()).setParameter(3, f.learner())
                .setParameter(4, number).setParameter(5, f.startedAt()).setParameter(6, f.deadline())
                .setParameter(7, f.submittedAt()).setParameter(8, f.late()).setParameter(9, f.earned())
                .setParameter(10, f.possible()).setParameter(11, f.score()).setParameter(12, f.passed())
                .executeUpdate();
        long id = number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult());
        int position = 0;
        for (Answer a : f.answers()) {
            em.createNativeQuery("INSERT INTO attempt_question (attempt_id, position, question_id, option_order, "
                    + "response, saved_at, earned) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, id)
                    .setParameter(2, position++).setParameter(3, a.question())
                    .setParameter(4, a.optionOrder().isEmpty() ? null
                            : String.join(",", a.optionOrder().stream().map(String::valueOf).toList()))
                    .setParameter(5, a.response()).setParameter(6, a.savedAt()).setParameter(7, a.earned())
                    .executeUpdate();
        }
        return id;
    }

    /** "3,5,8" as ids; nothing for null or blank. */
    public static List<Long> ids(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).map(Long::valueOf).toList();
    }

    /** A time read by a native query: the column holds UTC wall-clock time (as entities' Instants are written). */
    private static Instant instant(Object value) {
        return value instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC)
                : value instanceof Timestamp t ? t.toLocalDateTime().toInstant(ZoneOffset.UTC) : (Instant) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static boolean flag(Object value) {
        return Boolean.TRUE.equals(value) || (value instanceof Number n && n.intValue() != 0);
    }
}
