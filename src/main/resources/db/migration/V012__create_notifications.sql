-- Email notifications. A learner may turn each kind off; a kind without a row is on.
CREATE TABLE notification_preference (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_preference UNIQUE (user_id, kind),
    CONSTRAINT fk_notification_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_notification_preference_kind
        CHECK (kind IN ('FEEDBACK_RELEASED', 'DEADLINE_SOON', 'EXTENSION_GRANTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- One email to one person, written in the transaction of the change that causes it and sent by a
-- job once that has committed. once_key (when set) makes a notice that may be asked for again (the
-- periodic deadline check) go out once: one row per person, kind and key.
CREATE TABLE notification (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    course_id   BIGINT       NOT NULL,
    item_id     BIGINT       NOT NULL,
    due_at      TIMESTAMP(6) NULL,
    once_key    VARCHAR(100) NULL,
    state       VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    sent_at     TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_once UNIQUE (user_id, kind, once_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_notification_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT ck_notification_kind CHECK (kind IN ('FEEDBACK_RELEASED', 'DEADLINE_SOON', 'EXTENSION_GRANTED')),
    CONSTRAINT ck_notification_state CHECK (state IN ('PENDING', 'SENT', 'SKIPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
