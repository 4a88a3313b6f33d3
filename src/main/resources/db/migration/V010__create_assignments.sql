-- Assignments: the settings of an item of kind ASSIGNMENT, keyed by the item's stable id (the
-- same in the draft and every published version). The settings are not versioned with the
-- published content: a due date or rubric changed by an author applies at once, to everyone.
-- No foreign key to item: an item deleted from the draft keeps its settings and submissions,
-- like its completion facts.
CREATE TABLE assignment (
    item_id            BIGINT       NOT NULL,
    course_id          BIGINT       NOT NULL,
    due_at             TIMESTAMP(6) NULL,
    cut_off_at         TIMESTAMP(6) NULL,
    allow_resubmission BOOLEAN      NOT NULL DEFAULT TRUE,
    max_points         INT          NOT NULL DEFAULT 100,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id),
    CONSTRAINT fk_assignment_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_assignment_max_points CHECK (max_points BETWEEN 1 AND 10000),
    CONSTRAINT ck_assignment_cut_off CHECK (cut_off_at IS NULL OR due_at IS NULL OR cut_off_at >= due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A rubric: criteria, each with levels worth points. With a rubric, the most an assignment is
-- worth is the sum of each criterion's best level.
CREATE TABLE rubric_criterion (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    item_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(255)  NOT NULL,
    description VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    -- Not unique: a rubric is replaced as a whole, and Hibernate inserts the new criteria before
    -- it deletes the old ones.
    INDEX ix_rubric_criterion_item (item_id, position),
    CONSTRAINT fk_rubric_criterion_assignment FOREIGN KEY (item_id) REFERENCES assignment (item_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE rubric_level (
    criterion_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    title        VARCHAR(255) NOT NULL,
    points       INT          NOT NULL,
    PRIMARY KEY (criterion_id, position),
    CONSTRAINT fk_rubric_level_criterion FOREIGN KEY (criterion_id) REFERENCES rubric_criterion (id) ON DELETE CASCADE,
    CONSTRAINT ck_rubric_level_points CHECK (points BETWEEN 0 AND 10000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A later deadline for one learner, granted by a grader: until then they submit, and not late.
CREATE TABLE assignment_extension (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    item_id    BIGINT       NOT NULL,
    learner_id BIGINT       NOT NULL,
    until_at   TIMESTAMP(6) NOT NULL,
    granted_by BIGINT       NOT NULL,
    granted_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_assignment_extension UNIQUE (item_id, learner_id),
    CONSTRAINT fk_assignment_extension_assignment FOREIGN KEY (item_id) REFERENCES assignment (item_id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_extension_learner FOREIGN KEY (learner_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_extension_grader FOREIGN KEY (granted_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A learner's current submission of an assignment: one row per (assignment, learner), so a
-- double click cannot make two. Draft → submitted (again, while resubmission is allowed) →
-- graded; the grade reaches the learner when it is released.
CREATE TABLE submission (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    item_id      BIGINT       NOT NULL,
    course_id    BIGINT       NOT NULL,
    module_id    BIGINT       NOT NULL,
    learner_id   BIGINT       NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    body         MEDIUMTEXT   NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    submitted_at TIMESTAMP(6) NULL,
    late         BOOLEAN      NOT NULL DEFAULT FALSE,
    points       INT          NULL,
    max_points   INT          NULL,
    feedback     TEXT         NULL,
    graded_by    BIGINT       NULL,
    graded_at    TIMESTAMP(6) NULL,
    released_at  TIMESTAMP(6) NULL,
    created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_submission_learner UNIQUE (item_id, learner_id),
    CONSTRAINT fk_submission_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_learner FOREIGN KEY (learner_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_grader FOREIGN KEY (graded_by) REFERENCES app_user (id),
    CONSTRAINT ck_submission_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'GRADED')),
    CONSTRAINT ck_submission_points CHECK (points IS NULL OR points >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_submission_queue ON submission (course_id, state, submitted_at);

-- The learner's files of a submission and the grader's feedback files. A file arrives as an
-- upload; until inspection accepts it, it waits here with its upload id (and, if refused, why).
CREATE TABLE submission_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id BIGINT        NOT NULL,
    purpose       VARCHAR(16)   NOT NULL,
    upload_id     CHAR(32)      NULL,
    sha256        CHAR(64)      NULL,
    filename      VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(255)  NULL,
    rejection     VARCHAR(1000) NULL,
    added_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_submission_file_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_file_upload FOREIGN KEY (upload_id) REFERENCES upload (id) ON DELETE SET NULL,
    CONSTRAINT fk_submission_file_asset FOREIGN KEY (sha256) REFERENCES asset (sha256),
    CONSTRAINT ck_submission_file_purpose CHECK (purpose IN ('SUBMISSION', 'FEEDBACK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- How a grader scored each rubric criterion, copied from the rubric as it was when grading, so
-- the learner's feedback stays what it was if the author changes the rubric later.
CREATE TABLE submission_score (
    submission_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    criterion     VARCHAR(255) NOT NULL,
    level         VARCHAR(255) NOT NULL,
    points        INT          NOT NULL,
    max_points    INT          NOT NULL,
    PRIMARY KEY (submission_id, position),
    CONSTRAINT fk_submission_score_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
