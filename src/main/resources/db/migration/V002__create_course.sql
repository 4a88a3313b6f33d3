-- Courses, their modules and items, and who is enrolled in which course.
-- Localised text is stored as an _en and an _mn column; at least one of a title's two is set.

CREATE TABLE course (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(64)  NOT NULL,
    language        VARCHAR(8)   NOT NULL,
    title_en        VARCHAR(255) NULL,
    title_mn        VARCHAR(255) NULL,
    description_en  TEXT         NULL,
    description_mn  TEXT         NULL,
    attribution     TEXT         NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_course_code UNIQUE (code),
    CONSTRAINT ck_course_language CHECK (language IN ('en', 'mn')),
    CONSTRAINT ck_course_title CHECK (title_en IS NOT NULL OR title_mn IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE course_module (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    course_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    title_en    VARCHAR(255) NULL,
    title_mn    VARCHAR(255) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_course_module_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_course_module_title CHECK (title_en IS NOT NULL OR title_mn IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_course_module_position ON course_module (course_id, position);

CREATE TABLE item (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    module_id   BIGINT        NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    position    INT           NOT NULL,
    title_en    VARCHAR(255)  NULL,
    title_mn    VARCHAR(255)  NULL,
    body_en     MEDIUMTEXT    NULL,
    body_mn     MEDIUMTEXT    NULL,
    url         VARCHAR(2048) NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_item_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE,
    CONSTRAINT ck_item_kind CHECK (kind IN ('PAGE', 'FILE', 'VIDEO', 'ASSIGNMENT', 'QUIZ', 'SESSION', 'LINK', 'PACKAGE')),
    CONSTRAINT ck_item_title CHECK (title_en IS NOT NULL OR title_mn IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_item_position ON item (module_id, position);

CREATE TABLE enrolment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    user_id      BIGINT       NOT NULL,
    course_id    BIGINT       NOT NULL,
    enrolled_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_enrolment_user_course UNIQUE (user_id, course_id),
    CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_enrolment_course ON enrolment (course_id);
