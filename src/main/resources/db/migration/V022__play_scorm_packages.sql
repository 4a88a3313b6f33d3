-- SCORM packages that play: each distinct package unpacked once (content-addressed: its files are
-- stored by their own SHA-256 and found through this index, so no archive entry names a path on
-- disk), the per-item settings authors choose, and learners' attempts with each SCO's runtime data.

-- A package completes by what it reports: completed, passed (by the package, or by a score of at
-- least the item's min_score when the author overrides the mastery score), or both.
ALTER TABLE item
    DROP CONSTRAINT ck_item_completion,
    ADD CONSTRAINT ck_item_completion
        CHECK (completion IN ('VIEWED', 'SUBMITTED', 'PASSED', 'ATTENDED', 'COMPLETED', 'COMPLETED_PASSED'));

ALTER TABLE completion_fact
    DROP CONSTRAINT ck_completion_fact_kind,
    ADD CONSTRAINT ck_completion_fact_kind
        CHECK (kind IN ('VIEWED', 'SUBMITTED', 'GRADED', 'PASSED', 'ATTENDED', 'WAIVED', 'REVOKED', 'COMPLETED'));

CREATE TABLE scorm_package (
    sha256       CHAR(64) NOT NULL,
    standard     VARCHAR(16)  NOT NULL,
    -- The parsed manifest as the player needs it (scorm/PackageStructure as JSON).
    structure    MEDIUMTEXT   NOT NULL,
    file_count   INT          NOT NULL,
    bytes        BIGINT       NOT NULL,
    unpacked_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (sha256),
    CONSTRAINT fk_scorm_package_asset FOREIGN KEY (sha256) REFERENCES asset (sha256),
    CONSTRAINT ck_scorm_package_standard CHECK (standard IN ('SCORM_1_2', 'SCORM_2004')),
    CONSTRAINT ck_scorm_package_structure CHECK (JSON_VALID(structure))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Paths inside a package are case-sensitive, as on the web server the package was made for.
CREATE TABLE scorm_package_file (
    package_sha256  CHAR(64) NOT NULL,
    path            VARCHAR(700) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    blob_sha256     CHAR(64) NOT NULL,
    size            BIGINT       NOT NULL,
    media_type      VARCHAR(255) NOT NULL,
    PRIMARY KEY (package_sha256, path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_scorm_package_file_blob ON scorm_package_file (blob_sha256);

-- Keyed by the item's stable id and not versioned, like quiz and assignment settings.
CREATE TABLE package_settings (
    item_id       BIGINT      NOT NULL,
    course_id     BIGINT      NOT NULL,
    max_attempts  INT         NULL,
    grading       VARCHAR(8)  NOT NULL DEFAULT 'HIGHEST',
    new_window    BOOLEAN     NOT NULL DEFAULT FALSE,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id),
    CONSTRAINT fk_package_settings_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_package_settings_attempts CHECK (max_attempts IS NULL OR max_attempts BETWEEN 1 AND 100),
    CONSTRAINT ck_package_settings_grading CHECK (grading IN ('HIGHEST', 'LAST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- One learner's attempt at a package item. counts: false for staff trying the course, whose
-- attempts never become completion facts. The rolled-up status is the package's as a whole.
CREATE TABLE scorm_attempt (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    user_id           BIGINT       NOT NULL,
    course_id         BIGINT       NOT NULL,
    item_id           BIGINT       NOT NULL,
    course_version    INT          NOT NULL,
    package_sha256    CHAR(64) NOT NULL,
    number            INT          NOT NULL,
    counts            BOOLEAN      NOT NULL,
    open              BOOLEAN      NOT NULL DEFAULT TRUE,
    completion        VARCHAR(16)  NOT NULL DEFAULT 'UNKNOWN',
    success           VARCHAR(8)   NOT NULL DEFAULT 'UNKNOWN',
    score             DECIMAL(6,2) NULL,
    total_seconds     BIGINT       NOT NULL DEFAULT 0,
    last_sco          VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    sequencing_state  MEDIUMTEXT   NULL,
    fact_recorded     BOOLEAN      NOT NULL DEFAULT FALSE,
    started_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    closed_at         TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_scorm_attempt UNIQUE (user_id, item_id, number),
    CONSTRAINT fk_scorm_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_scorm_attempt_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_scorm_attempt_completion CHECK (completion IN ('UNKNOWN', 'NOT_ATTEMPTED', 'INCOMPLETE', 'COMPLETED')),
    CONSTRAINT ck_scorm_attempt_success CHECK (success IN ('UNKNOWN', 'PASSED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_scorm_attempt_item ON scorm_attempt (course_id, item_id, user_id);

-- A SCO's runtime data in one attempt: the cmi object of its last accepted commit, and that
-- commit's sequence number, so that a replayed or late commit never overwrites a newer one.
CREATE TABLE scorm_sco_state (
    attempt_id     BIGINT       NOT NULL,
    sco            VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    seq            BIGINT       NOT NULL,
    cmi            MEDIUMTEXT   NOT NULL,
    completion     VARCHAR(16)  NOT NULL DEFAULT 'UNKNOWN',
    success        VARCHAR(8)   NOT NULL DEFAULT 'UNKNOWN',
    score          DECIMAL(6,2) NULL,
    total_seconds  BIGINT       NOT NULL DEFAULT 0,
    updated_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (attempt_id, sco),
    CONSTRAINT fk_scorm_sco_state_attempt FOREIGN KEY (attempt_id) REFERENCES scorm_attempt (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
