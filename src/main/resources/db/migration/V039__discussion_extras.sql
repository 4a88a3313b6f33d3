-- Issue 22, discussion extras (discussion/): resolving reports, search of posts, @mentions, attachments.

-- A report is resolved by a moderator, by hiding the post (HIDDEN) or by dismissing the report
-- (DISMISSED), with the moderator's reason. The reporter's reason stays as it was written.
ALTER TABLE forum_report
    ADD COLUMN resolved_at  TIMESTAMP(6) NULL,
    ADD COLUMN resolved_by  BIGINT       NULL,
    ADD COLUMN resolution   VARCHAR(16)  NULL,
    ADD COLUMN resolution_reason VARCHAR(500) NULL,
    ADD KEY ix_forum_report_open (resolved_at, post_id),
    ADD CONSTRAINT fk_forum_report_resolved_by FOREIGN KEY (resolved_by) REFERENCES app_user (id) ON DELETE SET NULL,
    ADD CONSTRAINT ck_forum_report_resolution CHECK (resolution IS NULL OR resolution IN ('HIDDEN', 'DISMISSED'));

-- Site search finds posts by their text and threads by their title.
ALTER TABLE forum_post ADD FULLTEXT KEY ft_forum_post_body (body);
ALTER TABLE forum_thread ADD FULLTEXT KEY ft_forum_thread_title (title);

-- "@handle" in a post names a person who may read the forum: handle is what was written (the
-- local part of their email). notified_at is set in the transaction that mails them, so each
-- person hears of a post once, however often its job runs.
CREATE TABLE forum_mention (
    post_id      BIGINT       NOT NULL,
    user_id      BIGINT       NOT NULL,
    handle       VARCHAR(255) NOT NULL,
    notified_at  TIMESTAMP(6) NULL,
    PRIMARY KEY (post_id, user_id),
    KEY ix_forum_mention_user (user_id),
    CONSTRAINT fk_forum_mention_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_mention_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Files attached to a post, from the upload pipeline: pending until inspection accepts the upload
-- (then sha256, the inspected filename and type are set) or refuses it (rejection).
CREATE TABLE forum_attachment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    post_id     BIGINT        NOT NULL,
    upload_id   VARCHAR(32)   NULL,
    sha256      VARCHAR(64)   NULL,
    filename    VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(255)  NULL,
    rejection   VARCHAR(1000) NULL,
    added_at    TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_forum_attachment_post (post_id),
    CONSTRAINT fk_forum_attachment_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Being mentioned is a kind of mail a person may turn off on /account/notifications.
ALTER TABLE notification_preference DROP CONSTRAINT ck_notification_preference_kind;
ALTER TABLE notification_preference ADD CONSTRAINT ck_notification_preference_kind
    CHECK (kind IN ('FEEDBACK_RELEASED', 'DEADLINE_SOON', 'EXTENSION_GRANTED', 'INACTIVITY_NUDGE', 'DISCUSSION_MENTION'));
