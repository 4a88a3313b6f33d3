-- Issue 6: recording 2,000 facts per second with 16 clients. Three changes to what V018 did on
-- every fact:
--
-- 1. A deadlock. V018's triggers moved a member's last activity with a multi-table UPDATE of
--    cohort_member joined to cohort_course, which locks the joined cohort_course rows exclusively:
--    every fact in a cohort's course queued on the same few rows, and deadlocked with the shared
--    locks the totals' INSERT ... SELECT takes on them (ProgressBench, once its learners were
--    cohort members as teachers are). The cohorts with the course are now found through the
--    totals rows, which a fact locks anyway.
-- 2. Less work per fact for the cohort totals: the triggers do it themselves instead of calling a
--    procedure, with one statement for the totals and the member's activity instead of two, the
--    activity is no longer indexed, and the course row is written once per fact, so its trigger
--    runs once.
-- 3. progress_record_fact: a fact can be recorded in one round trip with its own transaction, for
--    callers that have none open, instead of four (SET autocommit, CALL, COMMIT, SET autocommit).
--    When the fact may decide the course under its rule (or needs the learner recomputed), it
--    rolls back and says so: the application then records it the usual way, in a transaction
--    where the certificate is issued with it.

DROP TRIGGER tr_course_progress_insert;
DROP TRIGGER tr_course_progress_update;
DROP TRIGGER tr_course_progress_delete;
DROP TRIGGER tr_module_progress_insert;
DROP TRIGGER tr_module_progress_update;
DROP TRIGGER tr_module_progress_delete;
DROP PROCEDURE cohort_totals_course;
DROP PROCEDURE cohort_totals_module;
DROP PROCEDURE cohort_totals_activity;
DROP PROCEDURE progress_record;

-- A member's activity changes with every fact; kept in an index, each change also moved an index
-- entry (14 % of the database's time per fact). The inactive count reads the cohort's members by
-- its primary key instead (ReportRepository.inactive): 35,000 rows for the national cohort.
DROP INDEX ix_cohort_member_activity ON cohort_member;

DELIMITER $$

-- One learner's change in one course, added to every cohort they are a member of with that course
-- (the contribution as V018 defines it), and their newest activity in those cohorts, by one
-- statement that updates both the member rows and the totals rows.
--
-- Which of the learner's cohorts have the course is told by the totals rows themselves: a row for
-- a cohort, course and school exists exactly while the cohort has the course and has (or had) a
-- member at that school. The member, cohort-course and school triggers of V018 create it, members
-- counted, before any progress can count in it, and it is deleted only with the cohort's course.
-- So the statement joins two tables by their keys and nothing else. Measured with ProgressBench:
-- V018's two statements each, an INSERT ... SELECT ... ON DUPLICATE KEY for the totals and an
-- UPDATE joined to cohort_course for the activity, were half of the database's time per fact,
-- much of it in planning their joins.
CREATE TRIGGER tr_course_progress_insert AFTER INSERT ON course_progress FOR EACH ROW
BEGIN
    UPDATE cohort_member m
    JOIN cohort_course_total t ON t.cohort_id = m.cohort_id AND t.course_id = NEW.course_id
        AND t.institution_id = (SELECT COALESCE(u.institution_id, 0) FROM app_user u WHERE u.id = NEW.user_id)
    SET t.started = t.started + (NEW.items_done > 0 OR NEW.last_activity_at IS NOT NULL),
        t.completed = t.completed + NEW.complete,
        t.percents = t.percents + COALESCE(NEW.items_done * 100 DIV NULLIF(NEW.items_required, 0), 0),
        m.last_activity_at = IF(NEW.last_activity_at IS NULL, m.last_activity_at,
            GREATEST(COALESCE(m.last_activity_at, NEW.last_activity_at), NEW.last_activity_at))
    WHERE m.user_id = NEW.user_id;
END$$

CREATE TRIGGER tr_course_progress_update AFTER UPDATE ON course_progress FOR EACH ROW
BEGIN
    DECLARE d_started INT DEFAULT (NEW.items_done > 0 OR NEW.last_activity_at IS NOT NULL)
        - (OLD.items_done > 0 OR OLD.last_activity_at IS NOT NULL);
    DECLARE d_completed INT DEFAULT NEW.complete - OLD.complete;
    DECLARE d_percents INT DEFAULT COALESCE(NEW.items_done * 100 DIV NULLIF(NEW.items_required, 0), 0)
        - COALESCE(OLD.items_done * 100 DIV NULLIF(OLD.items_required, 0), 0);
    DECLARE v_active BOOLEAN DEFAULT NEW.last_activity_at IS NOT NULL
        AND NOT (NEW.last_activity_at <=> OLD.last_activity_at);
    IF NEW.course_id <> OLD.course_id OR NEW.user_id <> OLD.user_id THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'course_progress rows never change learner or course';
    END IF;
    IF d_started <> 0 OR d_completed <> 0 OR d_percents <> 0 OR v_active THEN
        UPDATE cohort_member m
        JOIN cohort_course_total t ON t.cohort_id = m.cohort_id AND t.course_id = NEW.course_id
            AND t.institution_id = (SELECT COALESCE(u.institution_id, 0) FROM app_user u WHERE u.id = NEW.user_id)
        SET t.started = t.started + d_started, t.completed = t.completed + d_completed,
            t.percents = t.percents + d_percents,
            m.last_activity_at = IF(v_active, GREATEST(COALESCE(m.last_activity_at, NEW.last_activity_at),
                NEW.last_activity_at), m.last_activity_at)
        WHERE m.user_id = NEW.user_id;
    END IF;
END$$

CREATE TRIGGER tr_course_progress_delete AFTER DELETE ON course_progress FOR EACH ROW
BEGIN
    UPDATE cohort_member m
    JOIN cohort_course_total t ON t.cohort_id = m.cohort_id AND t.course_id = OLD.course_id
        AND t.institution_id = (SELECT COALESCE(u.institution_id, 0) FROM app_user u WHERE u.id = OLD.user_id)
    SET t.started = t.started - (OLD.items_done > 0 OR OLD.last_activity_at IS NOT NULL),
        t.completed = t.completed - OLD.complete,
        t.percents = t.percents - COALESCE(OLD.items_done * 100 DIV NULLIF(OLD.items_required, 0), 0)
    WHERE m.user_id = OLD.user_id;
END$$

-- The funnel: reached (a module_progress row) and completed, per module. A learner's first row in
-- a module may be the first of their school in it, so it is added by an upsert (which finds the
-- cohorts with the course in cohort_course: a shared read of the totals rows here would deadlock
-- with the course trigger's update of them); once it is there, its totals rows are, and they are
-- found as the course's are.
CREATE TRIGGER tr_module_progress_insert AFTER INSERT ON module_progress FOR EACH ROW
BEGIN
    INSERT INTO cohort_module_total (cohort_id, course_id, module_id, institution_id, reached, completed)
    SELECT m.cohort_id, NEW.course_id, NEW.module_id, COALESCE(u.institution_id, 0), 1, NEW.completed_at IS NOT NULL
    FROM cohort_member m
    JOIN cohort_course cc ON cc.cohort_id = m.cohort_id AND cc.course_id = NEW.course_id
    JOIN app_user u ON u.id = m.user_id
    WHERE m.user_id = NEW.user_id
    ON DUPLICATE KEY UPDATE reached = reached + VALUES(reached), completed = completed + VALUES(completed);
END$$

CREATE TRIGGER tr_module_progress_update AFTER UPDATE ON module_progress FOR EACH ROW
BEGIN
    IF NEW.course_id <> OLD.course_id OR NEW.module_id <> OLD.module_id OR NEW.user_id <> OLD.user_id THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'module_progress rows never change learner, course or module';
    END IF;
    IF (NEW.completed_at IS NULL) <> (OLD.completed_at IS NULL) THEN
        UPDATE cohort_member m
        JOIN cohort_module_total t ON t.cohort_id = m.cohort_id AND t.course_id = NEW.course_id
            AND t.module_id = NEW.module_id
            AND t.institution_id = (SELECT COALESCE(u.institution_id, 0) FROM app_user u WHERE u.id = NEW.user_id)
        SET t.completed = t.completed + (NEW.completed_at IS NOT NULL) - (OLD.completed_at IS NOT NULL)
        WHERE m.user_id = NEW.user_id;
    END IF;
END$$

CREATE TRIGGER tr_module_progress_delete AFTER DELETE ON module_progress FOR EACH ROW
BEGIN
    UPDATE cohort_member m
    JOIN cohort_module_total t ON t.cohort_id = m.cohort_id AND t.course_id = OLD.course_id
        AND t.module_id = OLD.module_id
        AND t.institution_id = (SELECT COALESCE(u.institution_id, 0) FROM app_user u WHERE u.id = OLD.user_id)
    SET t.reached = t.reached - 1, t.completed = t.completed - (OLD.completed_at IS NOT NULL)
    WHERE m.user_id = OLD.user_id;
END$$

DELIMITER ;

-- ---- Recording one fact ----
-- progress_record_fact does what V018's progress_record did, and can also be the whole transaction
-- (p_alone TRUE) for a caller that has none open: one round trip instead of four (SET autocommit,
-- CALL, COMMIT, SET autocommit).
--
-- The steps: the fact; the learner's course row created, or locked as it is if there; unless the
-- fact is a revocation or the row is of another version (the caller then recomputes the learner),
-- the item's row if the fact completes it, the module's row and its completion; then the course row's counts and last activity in one UPDATE,
-- so that its trigger runs once. Rows are created by upserts, never by a locking read of a missing
-- row followed by an insert: the gap locks of that would deadlock learners whose rows are
-- neighbours.
--
-- p_alone: the caller says what it knows of the course's completion rule: its version (-1: no rule
-- row), whether it needs every module and how many, and whether this item is named in one of its
-- conditions. The fact is committed here when nothing more is to be done with it: it completed no
-- item, or the course was complete already, or by that rule it cannot have decided the course.
-- Otherwise (it may have decided the course, the rule changed since the caller read it, or the
-- learner needs a recompute) everything is rolled back and the result says deferred: the caller
-- then records it within a transaction of its own, where the certificate is issued with it.
--
-- Returns one row: the course row as it was when locked, whether the item and the module became
-- complete, whether the derived rows were settled here, the version of the course's completion
-- rule (NULL: none), and deferred.
DELIMITER $$

CREATE PROCEDURE progress_record_fact(p_user BIGINT, p_course BIGINT, p_item BIGINT, p_module BIGINT,
    p_kind VARCHAR(16), p_score INT, p_source VARCHAR(32), p_version INT, p_at TIMESTAMP(6),
    p_items_required INT, p_modules_required INT, p_satisfies BOOLEAN, p_required BOOLEAN,
    p_required_in_module INT, p_alone BOOLEAN, p_rule_version BIGINT, p_rule_all_modules BOOLEAN,
    p_rule_modules_required INT, p_in_condition BOOLEAN)
BEGIN
    DECLARE v_items_done, v_items_required, v_modules_done, v_modules_required, v_version INT;
    DECLARE v_complete BOOLEAN;
    DECLARE v_completed_at, v_last_activity TIMESTAMP(6);
    DECLARE v_new_item INT DEFAULT 0;
    DECLARE v_module_done INT DEFAULT 0;
    DECLARE v_settled BOOLEAN DEFAULT TRUE;
    DECLARE v_deferred BOOLEAN DEFAULT FALSE;
    DECLARE v_rule_version BIGINT;
    DECLARE v_found INT;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        IF p_alone THEN
            ROLLBACK;
        END IF;
        RESIGNAL;
    END;
    IF p_alone THEN
        START TRANSACTION;
    END IF;
    INSERT INTO completion_fact (user_id, course_id, item_id, kind, score, source, course_version, occurred_at)
    VALUES (p_user, p_course, p_item, p_kind, p_score, p_source, p_version, p_at);
    -- The course row is created if this read does not see it (an upsert, which is safe if another
    -- transaction has just created it); an existing row is only locked, by the read below. A plain
    -- read first costs less than an upsert that finds the row, which opens every table of the
    -- row's triggers.
    SELECT COUNT(*) INTO v_found FROM course_progress WHERE user_id = p_user AND course_id = p_course;
    IF v_found = 0 THEN
        INSERT INTO course_progress (user_id, course_id, items_required, modules_required, last_activity_at,
            course_version)
        VALUES (p_user, p_course, p_items_required, p_modules_required, p_at, p_version)
        ON DUPLICATE KEY UPDATE course_version = course_version;
    END IF;
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
        -- The module's row as the course's: created by an upsert if a plain read does not see it,
        -- else written only when the item counts in it; then completed if the item completed it.
        SELECT COUNT(*) INTO v_found FROM module_progress WHERE user_id = p_user AND module_id = p_module;
        IF v_found = 0 THEN
            INSERT INTO module_progress (user_id, course_id, module_id, items_done, items_required)
            VALUES (p_user, p_course, p_module, IF(v_new_item = 1 AND p_required, 1, 0), p_required_in_module)
            ON DUPLICATE KEY UPDATE items_done = items_done + VALUES(items_done),
                items_required = VALUES(items_required);
        ELSEIF v_new_item = 1 AND p_required THEN
            UPDATE module_progress SET items_done = items_done + 1, items_required = p_required_in_module
            WHERE user_id = p_user AND module_id = p_module;
        END IF;
        IF v_new_item = 1 AND p_required AND p_required_in_module > 0 THEN
            UPDATE module_progress SET completed_at = p_at
            WHERE user_id = p_user AND module_id = p_module AND completed_at IS NULL
              AND items_done >= items_required;
            SET v_module_done = ROW_COUNT();
        END IF;
    END IF;
    UPDATE course_progress
    SET last_activity_at = GREATEST(COALESCE(last_activity_at, p_at), p_at),
        items_done = items_done + IF(v_new_item = 1 AND p_required, 1, 0),
        modules_done = modules_done + v_module_done
    WHERE user_id = p_user AND course_id = p_course;
    IF NOT p_alone OR (v_settled AND v_new_item = 1 AND NOT v_complete) THEN
        SET v_rule_version = (SELECT r.version FROM completion_rule r WHERE r.course_id = p_course);
    END IF;
    IF p_alone THEN
        IF NOT v_settled THEN
            SET v_deferred = TRUE;
        ELSEIF v_new_item = 1 AND NOT v_complete THEN
            -- What ProgressService.record asks before it reads the rule: this fact can decide the
            -- course only if it completed a module (and every module is then done, for a rule that
            -- needs them all) or the item is named in a condition.
            SET v_deferred = COALESCE(v_rule_version, -1) <> p_rule_version
                OR NOT ((p_rule_all_modules AND v_modules_done + v_module_done < p_rule_modules_required)
                        OR (v_module_done = 0 AND NOT p_in_condition));
        END IF;
        IF v_deferred THEN
            ROLLBACK;
        ELSE
            COMMIT;
        END IF;
    END IF;
    SELECT v_items_done, v_items_required, v_modules_done, v_modules_required, v_complete, v_completed_at, v_version,
           v_last_activity, v_new_item, v_module_done, v_settled, v_rule_version, v_deferred;
END$$

-- V018's name and parameters, for instances of the previous release still running while this one
-- starts (a rolling upgrade): within the caller's transaction, as before.
CREATE PROCEDURE progress_record(p_user BIGINT, p_course BIGINT, p_item BIGINT, p_module BIGINT,
    p_kind VARCHAR(16), p_score INT, p_source VARCHAR(32), p_version INT, p_at TIMESTAMP(6),
    p_items_required INT, p_modules_required INT, p_satisfies BOOLEAN, p_required BOOLEAN,
    p_required_in_module INT)
BEGIN
    CALL progress_record_fact(p_user, p_course, p_item, p_module, p_kind, p_score, p_source, p_version, p_at,
        p_items_required, p_modules_required, p_satisfies, p_required, p_required_in_module, FALSE, -1, TRUE, 0, FALSE);
END$$

DELIMITER ;
