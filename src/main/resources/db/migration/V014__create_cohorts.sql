-- Issue 6: cohorts group enrolments across institutions ("50 target schools — spring"). A member
-- is enrolled in every course of the cohort; where they work (institution → aimag, soum) comes
-- from app_user.institution_id.
CREATE TABLE cohort (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    code         VARCHAR(64)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    description  TEXT         NULL,
    starts_on    DATE         NULL,
    ends_on      DATE         NULL,
    created_by   BIGINT       NULL,
    created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_cohort_code UNIQUE (code),
    CONSTRAINT fk_cohort_creator FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE cohort_course (
    cohort_id  BIGINT NOT NULL,
    course_id  BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, course_id),
    CONSTRAINT fk_cohort_course_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_course_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE cohort_member (
    cohort_id  BIGINT       NOT NULL,
    user_id    BIGINT       NOT NULL,
    added_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    added_by   BIGINT       NULL,
    source     VARCHAR(16)  NOT NULL,
    PRIMARY KEY (cohort_id, user_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_member_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_member_adder FOREIGN KEY (added_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_cohort_member_source CHECK (source IN ('CSV', 'API', 'WEB'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_cohort_member_user ON cohort_member (user_id);

-- Each committed CSV import, for the record (who, which file, what it did).
CREATE TABLE cohort_import (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    cohort_id    BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    filename     VARCHAR(255) NULL,
    rows_read    INT          NOT NULL,
    new_users    INT          NOT NULL,
    matched      INT          NOT NULL,
    new_members  INT          NOT NULL,
    imported_by  BIGINT       NULL,
    imported_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_cohort_import_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_import_user FOREIGN KEY (imported_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Coordinators may be granted one cohort.
ALTER TABLE role_grant
    DROP CONSTRAINT ck_role_grant_scope,
    ADD CONSTRAINT ck_role_grant_scope CHECK (scope_type IN ('SITE', 'INSTITUTION', 'COURSE', 'COHORT'));
