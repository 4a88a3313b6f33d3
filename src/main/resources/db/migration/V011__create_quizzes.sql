-- Quizzes: a question bank per course (edited by its authors), the settings of each quiz item
-- (keyed by the item's stable id, not versioned with the published content), and learners'
-- attempts. Item ids carry no foreign key, like the version tables: an attempt outlives the
-- item's removal from the draft.

CREATE TABLE question (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    course_id       BIGINT         NOT NULL,
    kind            VARCHAR(24)    NOT NULL,
    prompt          TEXT           NOT NULL,
    points          INT            NOT NULL DEFAULT 1,
    true_answer     BOOLEAN        NULL,
    numeric_answer  DECIMAL(30, 10) NULL,
    tolerance       DECIMAL(30, 10) NULL,
    source          VARCHAR(255)   NULL,
    -- A deleted question that attempts refer to stays, out of the bank and out of every quiz.
    retired         BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_question_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_question_kind CHECK (kind IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'NUMERIC',
        'SHORT_ANSWER')),
    CONSTRAINT ck_question_points CHECK (points BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_question_course ON question (course_id, retired);

-- The options of a single or multiple choice question. Edits keep an option's id at its position,
-- so attempts that stored option ids still point at the same place.
CREATE TABLE question_option (
    id           BIGINT   NOT NULL AUTO_INCREMENT,
    question_id  BIGINT   NOT NULL,
    position     INT      NOT NULL,
    text         TEXT     NOT NULL,
    correct      BOOLEAN  NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT fk_question_option_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- The accepted answers of a short-answer question, compared after normalisation.
CREATE TABLE question_answer (
    question_id  BIGINT         NOT NULL,
    position     INT            NOT NULL,
    answer       VARCHAR(1000)  NOT NULL,
    PRIMARY KEY (question_id, position),
    CONSTRAINT fk_question_answer_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE quiz_settings (
    item_id             BIGINT       NOT NULL,
    course_id           BIGINT       NOT NULL,
    -- NULL: every question of the pool, in order; N: N of them drawn at random for each attempt.
    draw_count          INT          NULL,
    shuffle_options     BOOLEAN      NOT NULL DEFAULT FALSE,
    max_attempts        INT          NULL,
    time_limit_seconds  INT          NULL,
    review              VARCHAR(16)  NOT NULL DEFAULT 'SCORE',
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id),
    CONSTRAINT fk_quiz_settings_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_quiz_settings_review CHECK (review IN ('NOTHING', 'SCORE', 'ANSWERS')),
    CONSTRAINT ck_quiz_settings_draw CHECK (draw_count IS NULL OR draw_count >= 1),
    CONSTRAINT ck_quiz_settings_attempts CHECK (max_attempts IS NULL OR max_attempts >= 1),
    CONSTRAINT ck_quiz_settings_time CHECK (time_limit_seconds IS NULL OR time_limit_seconds >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- The pool a quiz takes its questions from, in the author's order.
CREATE TABLE quiz_question (
    item_id      BIGINT  NOT NULL,
    position     INT     NOT NULL,
    question_id  BIGINT  NOT NULL,
    -- No unique (item_id, question_id): reordering rewrites positions one row at a time; the
    -- settings entity keeps the pool free of repeats.
    PRIMARY KEY (item_id, position),
    CONSTRAINT fk_quiz_question_quiz FOREIGN KEY (item_id) REFERENCES quiz_settings (item_id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_question_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- One learner's attempt at a quiz. The unique number keeps two concurrent starts from both
-- getting past the attempt limit; the deadline is fixed when the attempt starts.
CREATE TABLE quiz_attempt (
    id            BIGINT          NOT NULL AUTO_INCREMENT,
    item_id       BIGINT          NOT NULL,
    course_id     BIGINT          NOT NULL,
    user_id       BIGINT          NOT NULL,
    number        INT             NOT NULL,
    started_at    TIMESTAMP(6)    NOT NULL,
    deadline      TIMESTAMP(6)    NULL,
    submitted_at  TIMESTAMP(6)    NULL,
    late          BOOLEAN         NOT NULL DEFAULT FALSE,
    earned        DECIMAL(12, 4)  NULL,
    possible      INT             NULL,
    score         INT             NULL,
    passed        BOOLEAN         NULL,
    version       BIGINT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_quiz_attempt_number UNIQUE (item_id, user_id, number),
    CONSTRAINT fk_quiz_attempt_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_quiz_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- The questions drawn for an attempt, with the option order shown and the learner's saved response.
CREATE TABLE attempt_question (
    id            BIGINT          NOT NULL AUTO_INCREMENT,
    attempt_id    BIGINT          NOT NULL,
    position      INT             NOT NULL,
    question_id   BIGINT          NOT NULL,
    option_order  VARCHAR(2000)   NULL,
    response      TEXT            NULL,
    saved_at      TIMESTAMP(6)    NULL,
    earned        DECIMAL(12, 4)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_attempt_question UNIQUE (attempt_id, question_id),
    CONSTRAINT fk_attempt_question_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    CONSTRAINT fk_attempt_question_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
