-- Issue 21, early warning (reporting/warning). Last activity needs no new column: the member's
-- newest activity in the cohort's courses is kept on cohort_member.last_activity_at (V018).

-- A cohort's rules; no row means the site's defaults (surgalt.warning.*). NULL in a day count also
-- means the default, so that changing the default moves every cohort that did not choose its own.
CREATE TABLE cohort_warning_settings (
    cohort_id       BIGINT       NOT NULL,
    inactive_on     BOOLEAN      NOT NULL,
    inactive_days   INT          NULL,
    missed_on       BOOLEAN      NOT NULL,
    overdue_on      BOOLEAN      NOT NULL,
    off_pace_on     BOOLEAN      NOT NULL,
    nudge_on        BOOLEAN      NOT NULL,
    nudge_days      INT          NULL,
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by      BIGINT       NULL,
    PRIMARY KEY (cohort_id),
    CONSTRAINT fk_cohort_warning_settings_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_warning_settings_user FOREIGN KEY (updated_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT ck_cohort_warning_settings_days CHECK ((inactive_days IS NULL OR inactive_days BETWEEN 1 AND 365)
        AND (nudge_days IS NULL OR nudge_days BETWEEN 1 AND 365))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Who was on each list of a cohort in an ISO week ("2026-W50"), as the week's first digest found
-- them: next week's digest and the "who is slipping" page compare with it ("change since last week").
-- The lists are JSON arrays of user ids; the first writer of a week wins (INSERT IGNORE).
CREATE TABLE warning_week (
    cohort_id    BIGINT       NOT NULL,
    week         CHAR(8)      NOT NULL,
    lists        MEDIUMTEXT   NOT NULL,
    taken_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (cohort_id, week),
    CONSTRAINT fk_warning_week_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Exactly once: the row is inserted in the transaction that sends the mail, so the job may run
-- twice, or on several instances at once, and the second insert finds the first (or waits for its
-- transaction and then finds it) and sends nothing. A failed send rolls the row back: retried later.
CREATE TABLE warning_digest (
    cohort_id       BIGINT       NOT NULL,
    coordinator_id  BIGINT       NOT NULL,
    week            CHAR(8)      NOT NULL,
    sent_at         TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (cohort_id, coordinator_id, week),
    CONSTRAINT fk_warning_digest_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_warning_digest_user FOREIGN KEY (coordinator_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- One nudge per learner and period (an ISO week), whichever of their cohorts finds them inactive.
CREATE TABLE warning_nudge (
    user_id    BIGINT       NOT NULL,
    period     CHAR(8)      NOT NULL,
    cohort_id  BIGINT       NULL,
    sent_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (user_id, period),
    CONSTRAINT fk_warning_nudge_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_warning_nudge_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- The nudge is a kind of mail a learner may turn off on /account/notifications (or by the link in it).
ALTER TABLE notification_preference DROP CONSTRAINT ck_notification_preference_kind;
ALTER TABLE notification_preference ADD CONSTRAINT ck_notification_preference_kind
    CHECK (kind IN ('FEEDBACK_RELEASED', 'DEADLINE_SOON', 'EXTENSION_GRANTED', 'INACTIVITY_NUDGE'));
