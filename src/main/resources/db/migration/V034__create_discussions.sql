-- Issue 22, discussions (discussion/). A forum belongs to a course (module_id set: that module's forum)
-- or to a cohort (its coordinators and members, across its courses): exactly one of the two.
-- Taking part as a completion condition: a course forum may stand for one item of the course
-- (item_id); a learner who has started threads_required threads and written replies_required
-- replies in it gets a SUBMITTED fact for that item, which counts as any other fact does.
CREATE TABLE forum (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    course_id   BIGINT       NULL,
    module_id   BIGINT       NULL,
    cohort_id   BIGINT       NULL,
    kind        VARCHAR(16)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    item_id     BIGINT       NULL,
    threads_required INT     NOT NULL DEFAULT 0,
    replies_required INT     NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    created_by  BIGINT       NULL,
    PRIMARY KEY (id),
    KEY ix_forum_course (course_id),
    KEY ix_forum_cohort (cohort_id),
    CONSTRAINT fk_forum_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_module FOREIGN KEY (module_id) REFERENCES course_module (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_item FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE SET NULL,
    CONSTRAINT fk_forum_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_created_by FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_forum_owner CHECK ((course_id IS NULL) <> (cohort_id IS NULL)
        AND (module_id IS NULL OR course_id IS NOT NULL)),
    CONSTRAINT ck_forum_required CHECK (threads_required BETWEEN 0 AND 100 AND replies_required BETWEEN 0 AND 100),
    CONSTRAINT ck_forum_kind CHECK (kind IN ('GENERAL', 'QUESTIONS', 'ANNOUNCEMENTS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A thread: its title here, its opening post the first forum_post. last_post_id feeds unread marks.
CREATE TABLE forum_thread (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    forum_id         BIGINT       NOT NULL,
    author_id        BIGINT       NOT NULL,
    title            VARCHAR(200) NOT NULL,
    pinned           BOOLEAN      NOT NULL DEFAULT FALSE,
    locked           BOOLEAN      NOT NULL DEFAULT FALSE,
    accepted_post_id BIGINT       NULL,
    last_post_id     BIGINT       NULL,
    created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    last_post_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_forum_thread_list (forum_id, pinned, last_post_at),
    CONSTRAINT fk_forum_thread_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_thread_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Posts, nested one level: parent_id is NULL (the opening post and replies to the thread) or a
-- reply to the thread (never a reply to a reply; the service keeps it so). Hidden posts stay, with
-- the moderator's reason, for staff only.
CREATE TABLE forum_post (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    thread_id      BIGINT       NOT NULL,
    parent_id      BIGINT       NULL,
    author_id      BIGINT       NOT NULL,
    opening        BOOLEAN      NOT NULL DEFAULT FALSE,
    body           MEDIUMTEXT   NOT NULL,
    hidden         BOOLEAN      NOT NULL DEFAULT FALSE,
    hidden_reason  VARCHAR(500) NULL,
    created_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    edited_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    KEY ix_forum_post_thread (thread_id, id),
    KEY ix_forum_post_author (author_id, created_at),
    CONSTRAINT fk_forum_post_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_post_parent FOREIGN KEY (parent_id) REFERENCES forum_post (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_post_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Unread tracking: the newest post of a thread a person has seen.
CREATE TABLE forum_read (
    user_id      BIGINT       NOT NULL,
    thread_id    BIGINT       NOT NULL,
    last_post_id BIGINT       NOT NULL,
    PRIMARY KEY (user_id, thread_id),
    CONSTRAINT fk_forum_read_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_read_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A reader's report of a post, for the forum's moderators.
CREATE TABLE forum_report (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    post_id      BIGINT       NOT NULL,
    reporter_id  BIGINT       NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_forum_report_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_report_reporter FOREIGN KEY (reporter_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
