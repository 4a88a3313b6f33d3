-- Issue 6: progress derived from completion facts, kept in the same transaction as each fact.
-- The derived rows answer "what is complete" for the learner's pages and the coordinator's
-- dashboard alike, so the two always show the same numbers. They can be rebuilt from the facts
-- at any time (a recompute), which is what happens after a rule changes or a version publishes.

-- An optional item (a further-reading link) does not hold its module back.
ALTER TABLE item ADD COLUMN required BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE item_version ADD COLUMN required BOOLEAN NOT NULL DEFAULT TRUE;

-- A later REVOKED fact cancels the item's earlier ATTENDED and WAIVED facts (staff corrected a
-- mark); the facts themselves are never updated or deleted.
ALTER TABLE completion_fact
    DROP CONSTRAINT ck_completion_fact_kind,
    ADD CONSTRAINT ck_completion_fact_kind
        CHECK (kind IN ('VIEWED', 'SUBMITTED', 'GRADED', 'PASSED', 'ATTENDED', 'WAIVED', 'REVOKED'));

-- Recomputing a course reads its facts learner by learner.
CREATE INDEX ix_completion_fact_course ON completion_fact (course_id, user_id);

-- When a course counts as complete. No row: every module complete. Otherwise all_modules (every
-- module with a required item complete) AND every condition in conditions, a JSON array of
-- {"items": [itemId, ...], "atLeast": n} ("at least 3 of these 4 workshops", "this quiz").
-- online_hours: the study time a certificate states besides attended face-to-face hours.
CREATE TABLE completion_rule (
    course_id     BIGINT       NOT NULL,
    all_modules   BOOLEAN      NOT NULL DEFAULT TRUE,
    conditions    TEXT         NOT NULL DEFAULT '[]',
    online_hours  DECIMAL(6,1) NULL,
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by    BIGINT       NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (course_id),
    CONSTRAINT fk_completion_rule_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_completion_rule_user FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_completion_rule_conditions CHECK (JSON_VALID(conditions)),
    CONSTRAINT ck_completion_rule_hours CHECK (online_hours IS NULL OR online_hours >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Items a learner has completed under the current published version's rules.
CREATE TABLE item_progress (
    user_id       BIGINT       NOT NULL,
    course_id     BIGINT       NOT NULL,
    module_id     BIGINT       NOT NULL,
    item_id       BIGINT       NOT NULL,
    completed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (user_id, item_id),
    CONSTRAINT fk_item_progress_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_progress_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_item_progress_course ON item_progress (course_id, item_id);

-- Per learner and module: required items done of required; a row once the learner did anything
-- in the module (the funnel counts these), completed_at once every required item is done.
CREATE TABLE module_progress (
    user_id         BIGINT       NOT NULL,
    course_id       BIGINT       NOT NULL,
    module_id       BIGINT       NOT NULL,
    items_done      INT          NOT NULL DEFAULT 0,
    items_required  INT          NOT NULL DEFAULT 0,
    completed_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (user_id, module_id),
    CONSTRAINT fk_module_progress_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_module_progress_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_module_progress_course ON module_progress (course_id, module_id, completed_at);

-- Per enrolment. No row yet = nothing done (0 of the version's required items). items_* count
-- required items; modules_* count modules with a required item; complete follows the course's
-- completion rule. last_activity_at: the newest fact of any kind (inactivity reports).
CREATE TABLE course_progress (
    user_id           BIGINT       NOT NULL,
    course_id         BIGINT       NOT NULL,
    items_done        INT          NOT NULL DEFAULT 0,
    items_required    INT          NOT NULL DEFAULT 0,
    modules_done      INT          NOT NULL DEFAULT 0,
    modules_required  INT          NOT NULL DEFAULT 0,
    complete          BOOLEAN      NOT NULL DEFAULT FALSE,
    completed_at      TIMESTAMP(6) NULL,
    last_activity_at  TIMESTAMP(6) NULL,
    course_version    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, course_id),
    CONSTRAINT fk_course_progress_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_progress_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_course_progress_course ON course_progress (course_id, complete);
CREATE INDEX ix_course_progress_activity ON course_progress (course_id, last_activity_at);

-- A background recompute of one course's derived progress, and what it changed per learner.
CREATE TABLE progress_recompute (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    course_id      BIGINT       NOT NULL,
    reason         VARCHAR(32)  NOT NULL,
    requested_by   BIGINT       NULL,
    requested_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    started_at     TIMESTAMP(6) NULL,
    finished_at    TIMESTAMP(6) NULL,
    learners       INT          NOT NULL DEFAULT 0,
    changed        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_progress_recompute_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_progress_recompute_user FOREIGN KEY (requested_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_progress_recompute_reason CHECK (reason IN ('PUBLISHED', 'RULE_CHANGED', 'REQUESTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_progress_recompute_course ON progress_recompute (course_id, requested_at);

CREATE TABLE progress_audit (
    id               BIGINT  NOT NULL AUTO_INCREMENT,
    recompute_id     BIGINT  NOT NULL,
    user_id          BIGINT  NOT NULL,
    before_done      INT     NOT NULL,
    before_required  INT     NOT NULL,
    before_complete  BOOLEAN NOT NULL,
    after_done       INT     NOT NULL,
    after_required   INT     NOT NULL,
    after_complete   BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_progress_audit_recompute FOREIGN KEY (recompute_id) REFERENCES progress_recompute (id) ON DELETE CASCADE,
    CONSTRAINT fk_progress_audit_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_progress_audit_recompute ON progress_audit (recompute_id, user_id);
