-- Issue 22, discussion mail (discussion/). A person's subscription to a forum (every thread in it)
-- or to one thread, with how they want its posts: each post in its own mail (POST) or one daily
-- digest (DIGEST). Exactly one of forum_id and thread_id is set.
CREATE TABLE forum_subscription (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    forum_id    BIGINT       NULL,
    thread_id   BIGINT       NULL,
    mode        VARCHAR(8)   NOT NULL DEFAULT 'POST',
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uq_forum_subscription_forum (user_id, forum_id),
    UNIQUE KEY uq_forum_subscription_thread (user_id, thread_id),
    CONSTRAINT fk_forum_subscription_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_subscription_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_subscription_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id) ON DELETE CASCADE,
    CONSTRAINT ck_forum_subscription_one CHECK ((forum_id IS NULL) <> (thread_id IS NULL)),
    CONSTRAINT ck_forum_subscription_mode CHECK (mode IN ('POST', 'DIGEST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- The record that a post's mail went to a person: written in the mail's transaction, so each
-- (post, person) is mailed once whichever instance runs the job, and however often.
CREATE TABLE forum_post_mail (
    post_id     BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    sent_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (post_id, user_id),
    CONSTRAINT fk_forum_post_mail_post FOREIGN KEY (post_id) REFERENCES forum_post (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_post_mail_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A person's daily digest of their "daily digest" subscriptions: one row per person and day (in
-- surgalt.notification.time-zone), written in the digest mail's transaction, so it goes once a day.
-- The posts it listed are recorded in forum_post_mail too, so no post is in two digests.
CREATE TABLE forum_digest_mail (
    user_id     BIGINT       NOT NULL,
    day         DATE         NOT NULL,
    sent_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (user_id, day),
    CONSTRAINT fk_forum_digest_mail_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
