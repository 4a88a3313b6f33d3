-- cmi5 courses that play: what an import kept of a course structure (the course and its blocks
-- with the activity ids Surgalt made for them, each AU's attributes and objectives on the item
-- that launches it), learners' registrations (one per learner per imported structure, kept for
-- good, since cmi5 reports per registration), AU sessions with what the AU has said in them, and
-- what each registration has satisfied. An AU's files are unpacked once per package, by content,
-- into the same index as SCORM packages (scorm_package_file); cmi5_package marks the ones done.

CREATE TABLE cmi5_package (
    sha256       CHAR(64)     NOT NULL,
    file_count   INT          NOT NULL,
    bytes        BIGINT       NOT NULL,
    unpacked_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (sha256),
    CONSTRAINT fk_cmi5_package_asset FOREIGN KEY (sha256) REFERENCES asset (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- One import of a cmi5.xml into a course. Re-importing makes a new row (and new items), so the
-- versions already published keep the structure they were published with.
CREATE TABLE cmi5_course (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    course_id       BIGINT        NOT NULL,
    -- The course's id in cmi5.xml (the "publisher id"); Surgalt's own activity id is made from id.
    publisher_id    VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    package_sha256  CHAR(64)      NULL,
    -- The blocks as a tree of {block, publisherId, title, blocks, aus}, for satisfaction (cmi5/Structure).
    structure       MEDIUMTEXT    NOT NULL,
    imported_by     BIGINT        NOT NULL,
    imported_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_cmi5_course_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_cmi5_course_structure CHECK (JSON_VALID(structure))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- The AU an item launches. Keyed by the item's stable id like package settings; an item belongs to
-- one import, so a published version's items keep their AU whatever is imported later.
CREATE TABLE cmi5_au (
    item_id            BIGINT        NOT NULL,
    cmi5_course_id     BIGINT        NOT NULL,
    au_index           INT           NOT NULL,
    publisher_id       VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    url                VARCHAR(2048) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    move_on            VARCHAR(20)   NOT NULL,
    mastery_score      DECIMAL(5,4)  NULL,
    launch_method      VARCHAR(10)   NOT NULL,
    launch_parameters  TEXT          NULL,
    entitlement_key    TEXT          NULL,
    activity_type      VARCHAR(2048) NULL,
    -- [{id, title, description}] of the objectives the AU refers to, as the import found them.
    objectives         TEXT          NOT NULL,
    PRIMARY KEY (item_id),
    CONSTRAINT uq_cmi5_au UNIQUE (cmi5_course_id, au_index),
    CONSTRAINT fk_cmi5_au_course FOREIGN KEY (cmi5_course_id) REFERENCES cmi5_course (id) ON DELETE CASCADE,
    CONSTRAINT ck_cmi5_au_move_on
        CHECK (move_on IN ('Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable')),
    CONSTRAINT ck_cmi5_au_mastery CHECK (mastery_score IS NULL OR mastery_score BETWEEN 0 AND 1),
    CONSTRAINT ck_cmi5_au_launch_method CHECK (launch_method IN ('OwnWindow', 'AnyWindow')),
    CONSTRAINT ck_cmi5_au_objectives CHECK (JSON_VALID(objectives))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE cmi5_registration (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    registration    CHAR(36)     NOT NULL,
    user_id         BIGINT       NOT NULL,
    cmi5_course_id  BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_cmi5_registration UNIQUE (registration),
    CONSTRAINT uq_cmi5_registration_learner UNIQUE (user_id, cmi5_course_id),
    CONSTRAINT fk_cmi5_registration_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_cmi5_registration_course FOREIGN KEY (cmi5_course_id) REFERENCES cmi5_course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- One launch of an AU. verbs: the cmi5 defined verbs the AU has sent in it, comma-separated, for
-- the order rules; counts: false for staff trying the course (no completion facts); prefs_read:
-- the AU has asked for the learner's preferences, which it must before "initialized" (cmi5 11.0).
CREATE TABLE cmi5_session (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    session_id        CHAR(36)     NOT NULL,
    registration_id   BIGINT       NOT NULL,
    item_id           BIGINT       NOT NULL,
    course_version    INT          NOT NULL,
    launch_mode       VARCHAR(8)   NOT NULL,
    counts            BOOLEAN      NOT NULL,
    fetched           BOOLEAN      NOT NULL DEFAULT FALSE,
    prefs_read        BOOLEAN      NOT NULL DEFAULT FALSE,
    state             VARCHAR(12)  NOT NULL DEFAULT 'LAUNCHED',
    verbs             VARCHAR(255) NOT NULL DEFAULT '',
    launched_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    last_statement_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_cmi5_session UNIQUE (session_id),
    CONSTRAINT fk_cmi5_session_registration FOREIGN KEY (registration_id) REFERENCES cmi5_registration (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_cmi5_session_mode CHECK (launch_mode IN ('Normal', 'Browse', 'Review')),
    CONSTRAINT ck_cmi5_session_state CHECK (state IN ('LAUNCHED', 'INITIALIZED', 'TERMINATED', 'ABANDONED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_cmi5_session_open ON cmi5_session (registration_id, state);

-- What a registration has achieved: per AU (node 'au:<index>'): completed, passed, failed, waived,
-- satisfied; per block ('block:<index>') and for the course ('course'): satisfied. Only ever set.
CREATE TABLE cmi5_progress (
    registration_id  BIGINT      NOT NULL,
    node             VARCHAR(24) NOT NULL,
    what             VARCHAR(10) NOT NULL,
    at               TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (registration_id, node, what),
    CONSTRAINT fk_cmi5_progress_registration FOREIGN KEY (registration_id) REFERENCES cmi5_registration (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_cmi5_progress_what CHECK (what IN ('completed', 'passed', 'failed', 'waived', 'satisfied'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
