-- Issue 6: face-to-face sessions (workshops), sign-up with a wait-list, attendance and self
-- check-in. Each session belongs to a course item of kind SESSION (the item's stable id); a
-- PRESENT or LATE mark becomes an ATTENDED completion fact, a correction a REVOKED one.
CREATE TABLE f2f_session (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    course_id       BIGINT        NOT NULL,
    item_id         BIGINT        NOT NULL,
    cohort_id       BIGINT        NULL,
    title           VARCHAR(255)  NULL,
    starts_at       TIMESTAMP(6)  NOT NULL,
    ends_at         TIMESTAMP(6)  NOT NULL,
    place           VARCHAR(255)  NOT NULL,
    capacity        INT           NOT NULL,
    facilitator_id  BIGINT        NULL,
    -- The key the rotating check-in codes are derived from (HMAC of the 30-second window).
    checkin_secret  VARBINARY(32) NOT NULL,
    created_by      BIGINT        NULL,
    created_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_f2f_session_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_f2f_session_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_f2f_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE SET NULL,
    CONSTRAINT fk_f2f_session_facilitator FOREIGN KEY (facilitator_id) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_f2f_session_creator FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_f2f_session_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_f2f_session_capacity CHECK (capacity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_f2f_session_course ON f2f_session (course_id, starts_at);
CREATE INDEX ix_f2f_session_item ON f2f_session (item_id);

-- CONFIRMED (has a seat) or WAITLISTED (in order of signed_up_at); CANCELLED keeps the history.
CREATE TABLE session_signup (
    session_id    BIGINT       NOT NULL,
    user_id       BIGINT       NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    signed_up_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, user_id),
    CONSTRAINT fk_session_signup_session FOREIGN KEY (session_id) REFERENCES f2f_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_signup_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_session_signup_state CHECK (state IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_session_signup_user ON session_signup (user_id);

CREATE TABLE attendance (
    session_id   BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    method       VARCHAR(16)  NOT NULL,
    recorded_by  BIGINT       NULL,
    recorded_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, user_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES f2f_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_recorder FOREIGN KEY (recorded_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_attendance_status CHECK (status IN ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')),
    CONSTRAINT ck_attendance_method CHECK (method IN ('MANUAL', 'CHECK_IN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_attendance_user ON attendance (user_id);

-- Every check-in code a learner used (session, 30-second window): a code is good once per learner.
CREATE TABLE checkin_use (
    session_id   BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    code_window  BIGINT       NOT NULL,
    used_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (session_id, user_id, code_window),
    CONSTRAINT fk_checkin_use_session FOREIGN KEY (session_id) REFERENCES f2f_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_checkin_use_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
