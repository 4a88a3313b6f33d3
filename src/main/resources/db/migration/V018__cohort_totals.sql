-- Issue 6: the cohort dashboard at national scale. Counting a 35,000-member cohort from its
-- members' progress rows read 1.4 million rows per request (3 s). These totals per cohort, course
-- (and module) and school are kept by triggers in the same transaction as the progress row,
-- membership or school change that moves them, whichever code path writes it, so the dashboard
-- sums at most a few thousand rows and still shows exactly what its learners see.
--
-- Contribution of one enrolment (a member of the cohort, a course of the cohort):
--   members 1; started: a course_progress row with something done or any activity;
--   completed: complete; percents: the whole percent of required items done the learner sees.
-- institution_id 0 stands for "no school".
CREATE TABLE cohort_course_total (
    cohort_id       BIGINT NOT NULL,
    course_id       BIGINT NOT NULL,
    institution_id  BIGINT NOT NULL,
    members         INT    NOT NULL DEFAULT 0,
    started         INT    NOT NULL DEFAULT 0,
    completed       INT    NOT NULL DEFAULT 0,
    percents        BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (cohort_id, course_id, institution_id),
    CONSTRAINT fk_cohort_course_total_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_course_total_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- The funnel: members who reached (have a module_progress row) and completed each module.
CREATE TABLE cohort_module_total (
    cohort_id       BIGINT NOT NULL,
    course_id       BIGINT NOT NULL,
    module_id       BIGINT NOT NULL,
    institution_id  BIGINT NOT NULL,
    reached         INT    NOT NULL DEFAULT 0,
    completed       INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (cohort_id, course_id, module_id, institution_id),
    CONSTRAINT fk_cohort_module_total_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_module_total_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A drill-down into an aimag, soum or school reads only its schools' rows.
CREATE INDEX ix_cohort_course_total_place ON cohort_course_total (cohort_id, institution_id);
CREATE INDEX ix_cohort_module_total_place ON cohort_module_total (cohort_id, institution_id);

-- A member's newest activity in any course of the cohort (inactive learners, by an index range).
ALTER TABLE cohort_member ADD COLUMN last_activity_at TIMESTAMP(6) NULL;
CREATE INDEX ix_cohort_member_activity ON cohort_member (cohort_id, last_activity_at);

-- ---- Filling them from what is there ----
INSERT INTO cohort_course_total (cohort_id, course_id, institution_id, members, started, completed, percents)
SELECT m.cohort_id, cc.course_id, COALESCE(u.institution_id, 0), COUNT(*),
       SUM(COALESCE(cp.items_done > 0 OR cp.last_activity_at IS NOT NULL, 0)), SUM(COALESCE(cp.complete, 0)),
       SUM(COALESCE(cp.items_done * 100 DIV NULLIF(cp.items_required, 0), 0))
FROM cohort_member m
JOIN cohort_course cc ON cc.cohort_id = m.cohort_id
JOIN app_user u ON u.id = m.user_id
LEFT JOIN course_progress cp ON cp.user_id = m.user_id AND cp.course_id = cc.course_id
GROUP BY m.cohort_id, cc.course_id, COALESCE(u.institution_id, 0);

INSERT INTO cohort_module_total (cohort_id, course_id, module_id, institution_id, reached, completed)
SELECT m.cohort_id, mp.course_id, mp.module_id, COALESCE(u.institution_id, 0), COUNT(*),
       SUM(mp.completed_at IS NOT NULL)
FROM cohort_member m
JOIN cohort_course cc ON cc.cohort_id = m.cohort_id
JOIN app_user u ON u.id = m.user_id
JOIN module_progress mp ON mp.user_id = m.user_id AND mp.course_id = cc.course_id
GROUP BY m.cohort_id, mp.course_id, mp.module_id, COALESCE(u.institution_id, 0);

UPDATE cohort_member m
SET m.last_activity_at = (SELECT MAX(cp.last_activity_at) FROM course_progress cp
                          JOIN cohort_course cc ON cc.course_id = cp.course_id AND cc.cohort_id = m.cohort_id
                          WHERE cp.user_id = m.user_id);

-- ---- Keeping them ----
DELIMITER $$

-- Adds one learner's change in one course to every cohort they are a member of with that course.
CREATE PROCEDURE cohort_totals_course(p_user BIGINT, p_course BIGINT, p_members INT, p_started INT,
                                      p_completed INT, p_percents INT)
BEGIN
    INSERT INTO cohort_course_total (cohort_id, course_id, institution_id, members, started, completed, percents)
    SELECT m.cohort_id, p_course, COALESCE(u.institution_id, 0), p_members, p_started, p_completed, p_percents
    FROM cohort_member m
    JOIN cohort_course cc ON cc.cohort_id = m.cohort_id AND cc.course_id = p_course
    JOIN app_user u ON u.id = m.user_id
    WHERE m.user_id = p_user
    ON DUPLICATE KEY UPDATE members = members + VALUES(members), started = started + VALUES(started),
        completed = completed + VALUES(completed), percents = percents + VALUES(percents);
END$$

CREATE PROCEDURE cohort_totals_module(p_user BIGINT, p_course BIGINT, p_module BIGINT, p_reached INT,
                                      p_completed INT)
BEGIN
    INSERT INTO cohort_module_total (cohort_id, course_id, module_id, institution_id, reached, completed)
    SELECT m.cohort_id, p_course, p_module, COALESCE(u.institution_id, 0), p_reached, p_completed
    FROM cohort_member m
    JOIN cohort_course cc ON cc.cohort_id = m.cohort_id AND cc.course_id = p_course
    JOIN app_user u ON u.id = m.user_id
    WHERE m.user_id = p_user
    ON DUPLICATE KEY UPDATE reached = reached + VALUES(reached), completed = completed + VALUES(completed);
END$$

CREATE PROCEDURE cohort_totals_activity(p_user BIGINT, p_course BIGINT, p_at TIMESTAMP(6))
BEGIN
    UPDATE cohort_member m
    JOIN cohort_course cc ON cc.cohort_id = m.cohort_id AND cc.course_id = p_course
    SET m.last_activity_at = GREATEST(COALESCE(m.last_activity_at, p_at), p_at)
    WHERE m.user_id = p_user;
END$$

-- One learner's whole contribution to one cohort (p_cohort), or to every cohort they are in (NULL);
-- sign -1 takes it away, 1 adds it: when they join or leave a cohort, when their school changes,
-- or before they are deleted.
CREATE PROCEDURE cohort_totals_learner(p_user BIGINT, p_institution BIGINT, p_sign INT, p_cohort BIGINT)
BEGIN
    INSERT INTO cohort_course_total (cohort_id, course_id, institution_id, members, started, completed, percents)
    SELECT m.cohort_id, cc.course_id, COALESCE(p_institution, 0), p_sign,
           p_sign * COALESCE(cp.items_done > 0 OR cp.last_activity_at IS NOT NULL, 0),
           p_sign * COALESCE(cp.complete, 0),
           p_sign * COALESCE(cp.items_done * 100 DIV NULLIF(cp.items_required, 0), 0)
    FROM cohort_member m
    JOIN cohort_course cc ON cc.cohort_id = m.cohort_id
    LEFT JOIN course_progress cp ON cp.user_id = m.user_id AND cp.course_id = cc.course_id
    WHERE m.user_id = p_user AND (p_cohort IS NULL OR m.cohort_id = p_cohort)
    ON DUPLICATE KEY UPDATE members = members + VALUES(members), started = started + VALUES(started),
        completed = completed + VALUES(completed), percents = percents + VALUES(percents);
    INSERT INTO cohort_module_total (cohort_id, course_id, module_id, institution_id, reached, completed)
    SELECT m.cohort_id, mp.course_id, mp.module_id, COALESCE(p_institution, 0), p_sign,
           p_sign * (mp.completed_at IS NOT NULL)
    FROM cohort_member m
    JOIN cohort_course cc ON cc.cohort_id = m.cohort_id
    JOIN module_progress mp ON mp.user_id = m.user_id AND mp.course_id = cc.course_id
    WHERE m.user_id = p_user AND (p_cohort IS NULL OR m.cohort_id = p_cohort)
    ON DUPLICATE KEY UPDATE reached = reached + VALUES(reached), completed = completed + VALUES(completed);
END$$

CREATE TRIGGER tr_course_progress_insert AFTER INSERT ON course_progress FOR EACH ROW
BEGIN
    CALL cohort_totals_course(NEW.user_id, NEW.course_id, 0, NEW.items_done > 0 OR NEW.last_activity_at IS NOT NULL,
        NEW.complete, COALESCE(NEW.items_done * 100 DIV NULLIF(NEW.items_required, 0), 0));
    IF NEW.last_activity_at IS NOT NULL THEN
        CALL cohort_totals_activity(NEW.user_id, NEW.course_id, NEW.last_activity_at);
    END IF;
END$$

CREATE TRIGGER tr_course_progress_update AFTER UPDATE ON course_progress FOR EACH ROW
BEGIN
    DECLARE d_started INT DEFAULT (NEW.items_done > 0 OR NEW.last_activity_at IS NOT NULL)
        - (OLD.items_done > 0 OR OLD.last_activity_at IS NOT NULL);
    DECLARE d_completed INT DEFAULT NEW.complete - OLD.complete;
    DECLARE d_percents INT DEFAULT COALESCE(NEW.items_done * 100 DIV NULLIF(NEW.items_required, 0), 0)
        - COALESCE(OLD.items_done * 100 DIV NULLIF(OLD.items_required, 0), 0);
    IF NEW.course_id <> OLD.course_id OR NEW.user_id <> OLD.user_id THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'course_progress rows never change learner or course';
    END IF;
    IF d_started <> 0 OR d_completed <> 0 OR d_percents <> 0 THEN
        CALL cohort_totals_course(NEW.user_id, NEW.course_id, 0, d_started, d_completed, d_percents);
    END IF;
    IF NEW.last_activity_at IS NOT NULL AND NOT (NEW.last_activity_at <=> OLD.last_activity_at) THEN
        CALL cohort_totals_activity(NEW.user_id, NEW.course_id, NEW.last_activity_at);
    END IF;
END$$

CREATE TRIGGER tr_course_progress_delete AFTER DELETE ON course_progress FOR EACH ROW
BEGIN
    CALL cohort_totals_course(OLD.user_id, OLD.course_id, 0, -(OLD.items_done > 0 OR OLD.last_activity_at IS NOT NULL),
        -OLD.complete, -COALESCE(OLD.items_done * 100 DIV NULLIF(OLD.items_required, 0), 0));
END$$

CREATE TRIGGER tr_module_progress_insert AFTER INSERT ON module_progress FOR EACH ROW
BEGIN
    CALL cohort_totals_module(NEW.user_id, NEW.course_id, NEW.module_id, 1, NEW.completed_at IS NOT NULL);
END$$

CREATE TRIGGER tr_module_progress_update AFTER UPDATE ON module_progress FOR EACH ROW
BEGIN
    IF NEW.course_id <> OLD.course_id OR NEW.module_id <> OLD.module_id OR NEW.user_id <> OLD.user_id THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'module_progress rows never change learner, course or module';
    END IF;
    IF (NEW.completed_at IS NULL) <> (OLD.completed_at IS NULL) THEN
        CALL cohort_totals_module(NEW.user_id, NEW.course_id, NEW.module_id, 0,
            (NEW.completed_at IS NOT NULL) - (OLD.completed_at IS NOT NULL));
    END IF;
END$$

CREATE TRIGGER tr_module_progress_delete AFTER DELETE ON module_progress FOR EACH ROW
BEGIN
    CALL cohort_totals_module(OLD.user_id, OLD.course_id, OLD.module_id, -1, -(OLD.completed_at IS NOT NULL));
END$$

CREATE TRIGGER tr_cohort_member_activity BEFORE INSERT ON cohort_member FOR EACH ROW
BEGIN
    SET NEW.last_activity_at = (SELECT MAX(cp.last_activity_at) FROM course_progress cp
        JOIN cohort_course cc ON cc.course_id = cp.course_id AND cc.cohort_id = NEW.cohort_id
        WHERE cp.user_id = NEW.user_id);
END$$

CREATE TRIGGER tr_cohort_member_insert AFTER INSERT ON cohort_member FOR EACH ROW
BEGIN
    CALL cohort_totals_learner(NEW.user_id, (SELECT institution_id FROM app_user WHERE id = NEW.user_id), 1,
        NEW.cohort_id);
END$$

-- Before the row goes, so that the learner's contribution is found through it.
CREATE TRIGGER tr_cohort_member_delete BEFORE DELETE ON cohort_member FOR EACH ROW
BEGIN
    CALL cohort_totals_learner(OLD.user_id, (SELECT institution_id FROM app_user WHERE id = OLD.user_id), -1,
        OLD.cohort_id);
END$$

CREATE TRIGGER tr_cohort_course_insert AFTER INSERT ON cohort_course FOR EACH ROW
BEGIN
    INSERT INTO cohort_course_total (cohort_id, course_id, institution_id, members, started, completed, percents)
    SELECT NEW.cohort_id, NEW.course_id, COALESCE(u.institution_id, 0), COUNT(*),
           SUM(COALESCE(cp.items_done > 0 OR cp.last_activity_at IS NOT NULL, 0)), SUM(COALESCE(cp.complete, 0)),
           SUM(COALESCE(cp.items_done * 100 DIV NULLIF(cp.items_required, 0), 0))
    FROM cohort_member m
    JOIN app_user u ON u.id = m.user_id
    LEFT JOIN course_progress cp ON cp.user_id = m.user_id AND cp.course_id = NEW.course_id
    WHERE m.cohort_id = NEW.cohort_id
    GROUP BY COALESCE(u.institution_id, 0)
    ON DUPLICATE KEY UPDATE members = members + VALUES(members), started = started + VALUES(started),
        completed = completed + VALUES(completed), percents = percents + VALUES(percents);
    INSERT INTO cohort_module_total (cohort_id, course_id, module_id, institution_id, reached, completed)
    SELECT NEW.cohort_id, NEW.course_id, mp.module_id, COALESCE(u.institution_id, 0), COUNT(*),
           SUM(mp.completed_at IS NOT NULL)
    FROM cohort_member m
    JOIN app_user u ON u.id = m.user_id
    JOIN module_progress mp ON mp.user_id = m.user_id AND mp.course_id = NEW.course_id
    WHERE m.cohort_id = NEW.cohort_id
    GROUP BY mp.module_id, COALESCE(u.institution_id, 0)
    ON DUPLICATE KEY UPDATE reached = reached + VALUES(reached), completed = completed + VALUES(completed);
    UPDATE cohort_member m
    JOIN course_progress cp ON cp.user_id = m.user_id AND cp.course_id = NEW.course_id
    SET m.last_activity_at = GREATEST(COALESCE(m.last_activity_at, cp.last_activity_at), cp.last_activity_at)
    WHERE m.cohort_id = NEW.cohort_id AND cp.last_activity_at IS NOT NULL;
END$$

CREATE TRIGGER tr_cohort_course_delete AFTER DELETE ON cohort_course FOR EACH ROW
BEGIN
    DELETE FROM cohort_course_total WHERE cohort_id = OLD.cohort_id AND course_id = OLD.course_id;
    DELETE FROM cohort_module_total WHERE cohort_id = OLD.cohort_id AND course_id = OLD.course_id;
    UPDATE cohort_member m
    SET m.last_activity_at = (SELECT MAX(cp.last_activity_at) FROM course_progress cp
                              JOIN cohort_course cc ON cc.course_id = cp.course_id AND cc.cohort_id = m.cohort_id
                              WHERE cp.user_id = m.user_id)
    WHERE m.cohort_id = OLD.cohort_id;
END$$

CREATE TRIGGER tr_app_user_school AFTER UPDATE ON app_user FOR EACH ROW
BEGIN
    IF NOT (NEW.institution_id <=> OLD.institution_id) THEN
        CALL cohort_totals_learner(NEW.id, OLD.institution_id, -1, NULL);
        CALL cohort_totals_learner(NEW.id, NEW.institution_id, 1, NULL);
    END IF;
END$$

-- Deleting a person deletes their memberships and progress by foreign-key cascades, which fire
-- no triggers: their contribution is taken away first.
CREATE TRIGGER tr_app_user_delete BEFORE DELETE ON app_user FOR EACH ROW
BEGIN
    CALL cohort_totals_learner(OLD.id, OLD.institution_id, -1, NULL);
END$$

-- ---- Recording one fact (progress/ProgressService.record) ----
-- What ProgressService would send statement by statement, in one round trip: the fact; the
-- learner's course row created or its last activity moved on, then locked (every later step for
-- this learner and course waits here); unless the fact is a revocation or the row is of another
-- version (the caller then recomputes the learner), the item's row if the fact completes it, the
-- module's row and its completion, and the course's counts. Rows are created by upserts, never
-- by a locking read of a missing row followed by an insert: the gap locks of that would deadlock
-- learners whose rows are neighbours. Returns the course row as it was when locked, whether the
-- item and the module became complete, whether the derived rows were settled here, and the
-- version of the course's completion rule (the caller's cached rule is checked against it; the
-- rule is the caller's to apply).
CREATE PROCEDURE progress_record(p_user BIGINT, p_course BIGINT, p_item BIGINT, p_module BIGINT,
    p_kind VARCHAR(16), p_score INT, p_source VARCHAR(32), p_version INT, p_at TIMESTAMP(6),
    p_items_required INT, p_modules_required INT, p_satisfies BOOLEAN, p_required BOOLEAN,
    p_required_in_module INT)
BEGIN
    DECLARE v_items_done, v_items_required, v_modules_done, v_modules_required, v_version INT;
    DECLARE v_complete BOOLEAN;
    DECLARE v_completed_at, v_last_activity TIMESTAMP(6);
    DECLARE v_new_item INT DEFAULT 0;
    DECLARE v_module_done INT DEFAULT 0;
    DECLARE v_settled BOOLEAN DEFAULT TRUE;
    INSERT INTO completion_fact (user_id, course_id, item_id, kind, score, source, course_version, occurred_at)
    VALUES (p_user, p_course, p_item, p_kind, p_score, p_source, p_version, p_at);
    INSERT INTO course_progress (user_id, course_id, items_required, modules_required, last_activity_at, course_version)
    VALUES (p_user, p_course, p_items_required, p_modules_required, p_at, p_version)
    ON DUPLICATE KEY UPDATE last_activity_at = GREATEST(COALESCE(last_activity_at, VALUES(last_activity_at)),
        VALUES(last_activity_at));
    SELECT items_done, items_required, modules_done, modules_required, complete, completed_at, course_version,
           last_activity_at
    INTO v_items_done, v_items_required, v_modules_done, v_modules_required, v_complete, v_completed_at, v_version,
         v_last_activity
    FROM course_progress WHERE user_id = p_user AND course_id = p_course FOR UPDATE;
    IF p_kind = 'REVOKED' OR v_version <> p_version THEN
        SET v_settled = FALSE;
    ELSE
        IF p_satisfies THEN
            INSERT IGNORE INTO item_progress (user_id, course_id, module_id, item_id, completed_at)
            VALUES (p_user, p_course, p_module, p_item, p_at);
            SET v_new_item = ROW_COUNT();
        END IF;
        INSERT INTO module_progress (user_id, course_id, module_id, items_done, items_required)
        VALUES (p_user, p_course, p_module, IF(v_new_item = 1 AND p_required, 1, 0), p_required_in_module)
        ON DUPLICATE KEY UPDATE items_done = items_done + VALUES(items_done), items_required = VALUES(items_required);
        IF v_new_item = 1 AND p_required THEN
            IF p_required_in_module > 0 THEN
                UPDATE module_progress SET completed_at = p_at
                WHERE user_id = p_user AND module_id = p_module AND completed_at IS NULL
                  AND items_done >= items_required;
                SET v_module_done = ROW_COUNT();
            END IF;
            UPDATE course_progress SET items_done = items_done + 1, modules_done = modules_done + v_module_done
            WHERE user_id = p_user AND course_id = p_course;
        END IF;
    END IF;
    SELECT v_items_done, v_items_required, v_modules_done, v_modules_required, v_complete, v_completed_at, v_version,
           v_last_activity, v_new_item, v_module_done, v_settled,
           (SELECT r.version FROM completion_rule r WHERE r.course_id = p_course);
END$$

DELIMITER ;
