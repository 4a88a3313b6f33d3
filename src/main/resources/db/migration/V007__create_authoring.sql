-- Authoring: the course/course_module/item rows are the authors' working draft; publishing copies
-- the draft into immutable version rows, which are what learners read. Draft ids are the stable
-- identity of modules and items across versions (version rows carry them; no foreign key, so a
-- module or item deleted from the draft keeps its history).

ALTER TABLE course
    ADD COLUMN workflow_state VARCHAR(16) NOT NULL DEFAULT 'DRAFT',
    ADD COLUMN published_version INT NULL,
    ADD CONSTRAINT ck_course_workflow_state CHECK (workflow_state IN ('DRAFT', 'IN_REVIEW'));

-- Module B opens when module A (its prerequisite) is complete.
ALTER TABLE course_module
    ADD COLUMN prerequisite_id BIGINT NULL,
    ADD CONSTRAINT fk_course_module_prerequisite FOREIGN KEY (prerequisite_id)
        REFERENCES course_module (id) ON DELETE SET NULL;

-- When an item counts as complete: viewed, submitted, passed (with a minimum score, percent) or attended.
ALTER TABLE item
    ADD COLUMN completion VARCHAR(16) NOT NULL DEFAULT 'VIEWED',
    ADD COLUMN min_score INT NULL,
    ADD CONSTRAINT ck_item_completion CHECK (completion IN ('VIEWED', 'SUBMITTED', 'PASSED', 'ATTENDED')),
    ADD CONSTRAINT ck_item_min_score CHECK (min_score IS NULL OR (min_score BETWEEN 0 AND 100));

-- An upload on its way into an item (uploading, queued, being inspected, or rejected); the item
-- takes its content when inspection accepts it. Kept after a rejection so the author sees why.
ALTER TABLE item
    ADD COLUMN pending_upload_id CHAR(32) NULL,
    ADD CONSTRAINT fk_item_pending_upload FOREIGN KEY (pending_upload_id) REFERENCES upload (id) ON DELETE SET NULL;

-- Files a lesson refers to by name (an image in a page): ![diagram](diagram.png).
CREATE TABLE course_asset (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    course_id   BIGINT       NOT NULL,
    filename    VARCHAR(255) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    media_type  VARCHAR(255) NOT NULL,
    added_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_course_asset_name UNIQUE (course_id, filename),
    CONSTRAINT fk_course_asset_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_asset_asset FOREIGN KEY (sha256) REFERENCES asset (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Review of a draft: submitted by an author, approved by reviewers, closed by publishing,
-- withdrawing, or a reviewer asking for changes.
CREATE TABLE course_review (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    course_id     BIGINT       NOT NULL,
    state         VARCHAR(24)  NOT NULL,
    submitted_by  BIGINT       NOT NULL,
    submitted_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    closed_at     TIMESTAMP(6) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_review_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_review_submitter FOREIGN KEY (submitted_by) REFERENCES app_user (id),
    CONSTRAINT ck_course_review_state CHECK (state IN ('OPEN', 'CHANGES_REQUESTED', 'WITHDRAWN', 'PUBLISHED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_course_review_course ON course_review (course_id, submitted_at);

CREATE TABLE review_approval (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    review_id    BIGINT       NOT NULL,
    reviewer_id  BIGINT       NOT NULL,
    approved_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_review_approval UNIQUE (review_id, reviewer_id),
    CONSTRAINT fk_review_approval_review FOREIGN KEY (review_id) REFERENCES course_review (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_approval_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A reviewer's comment, on one item (item_id) or on the whole draft (NULL).
CREATE TABLE review_comment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    review_id   BIGINT       NOT NULL,
    item_id     BIGINT       NULL,
    author_id   BIGINT       NOT NULL,
    body        TEXT         NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_review_comment_review FOREIGN KEY (review_id) REFERENCES course_review (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_review_comment_review ON review_comment (review_id, created_at);

-- Published versions: immutable copies of the draft.
CREATE TABLE course_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    course_id       BIGINT       NOT NULL,
    number          INT          NOT NULL,
    title_en        VARCHAR(255) NULL,
    title_mn        VARCHAR(255) NULL,
    description_en  TEXT         NULL,
    description_mn  TEXT         NULL,
    published_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    published_by    BIGINT       NULL,
    review_id       BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_course_version UNIQUE (course_id, number),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_version_publisher FOREIGN KEY (published_by) REFERENCES app_user (id),
    CONSTRAINT fk_course_version_review FOREIGN KEY (review_id) REFERENCES course_review (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE module_version (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    course_version_id  BIGINT       NOT NULL,
    module_id          BIGINT       NOT NULL,
    position           INT          NOT NULL,
    title_en           VARCHAR(255) NULL,
    title_mn           VARCHAR(255) NULL,
    prerequisite_id    BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_module_version UNIQUE (course_version_id, module_id),
    CONSTRAINT fk_module_version_version FOREIGN KEY (course_version_id) REFERENCES course_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE item_version (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    course_version_id  BIGINT        NOT NULL,
    module_id          BIGINT        NOT NULL,
    item_id            BIGINT        NOT NULL,
    position           INT           NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    title_en           VARCHAR(255)  NULL,
    title_mn           VARCHAR(255)  NULL,
    body_en            MEDIUMTEXT    NULL,
    body_mn            MEDIUMTEXT    NULL,
    url                VARCHAR(2048) NULL,
    asset_sha256       CHAR(64)      NULL,
    asset_filename     VARCHAR(255)  NULL,
    asset_type         VARCHAR(255)  NULL,
    completion         VARCHAR(16)   NOT NULL,
    min_score          INT           NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_item_version UNIQUE (course_version_id, item_id),
    CONSTRAINT fk_item_version_version FOREIGN KEY (course_version_id) REFERENCES course_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_item_version_asset FOREIGN KEY (asset_sha256) REFERENCES asset (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_item_version_item ON item_version (item_id);
CREATE INDEX ix_item_version_asset ON item_version (asset_sha256);
CREATE FULLTEXT INDEX ft_item_version_text ON item_version (title_en, title_mn, body_en, body_mn);

CREATE TABLE version_asset (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    course_version_id  BIGINT       NOT NULL,
    filename           VARCHAR(255) NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    media_type         VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_version_asset UNIQUE (course_version_id, filename),
    CONSTRAINT fk_version_asset_version FOREIGN KEY (course_version_id) REFERENCES course_version (id) ON DELETE CASCADE,
    CONSTRAINT fk_version_asset_asset FOREIGN KEY (sha256) REFERENCES asset (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- What happened, append-only: who did what on which item (by stable id) in which version.
-- Progress is derived from these facts, never kept as a flag.
CREATE TABLE completion_fact (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    user_id         BIGINT       NOT NULL,
    course_id       BIGINT       NOT NULL,
    item_id         BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    score           INT          NULL,
    source          VARCHAR(32)  NOT NULL,
    course_version  INT          NOT NULL,
    occurred_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_completion_fact_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_completion_fact_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_completion_fact_kind CHECK (kind IN ('VIEWED', 'SUBMITTED', 'GRADED', 'PASSED', 'ATTENDED', 'WAIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_completion_fact_learner ON completion_fact (user_id, course_id, item_id, kind);

-- Reviewers ("invited experts") review one course's drafts.
ALTER TABLE role_grant
    DROP CONSTRAINT ck_role_grant_role,
    ADD CONSTRAINT ck_role_grant_role
        CHECK (role IN ('ADMIN', 'INSTITUTION_ADMIN', 'COORDINATOR', 'AUTHOR', 'GRADER', 'REVIEWER'));
