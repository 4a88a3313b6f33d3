-- Issue 21: conditional release and quiz times.
--
-- An item or a module opens on conditions (other items complete, a date, the learner's school or
-- cohort, a best score on a quiz), all of which must hold. They are content rules, so they are
-- part of the draft and copied into each published version like the module prerequisite: a
-- version learners read never changes under them. Stored as one small JSON document per row
-- (course/release/ReleaseConditions), NULL for none, because the set of kinds grows and is
-- always read whole with its item or module.
ALTER TABLE course_module ADD COLUMN release_conditions TEXT NULL;
ALTER TABLE item ADD COLUMN release_conditions TEXT NULL;
ALTER TABLE module_version ADD COLUMN release_conditions TEXT NULL;
ALTER TABLE item_version ADD COLUMN release_conditions TEXT NULL;

-- A quiz's window: no attempt starts before opens_at or after closes_at. Like the rest of the
-- quiz's settings they are keyed by the item's stable id and apply from the moment they are saved.
ALTER TABLE quiz_settings
    ADD COLUMN opens_at  TIMESTAMP(6) NULL,
    ADD COLUMN closes_at TIMESTAMP(6) NULL,
    ADD CONSTRAINT ck_quiz_settings_window CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at);

-- The background job that closes overdue attempts looks for unsubmitted ones past their deadline.
CREATE INDEX ix_quiz_attempt_open_deadline ON quiz_attempt (submitted_at, deadline);
