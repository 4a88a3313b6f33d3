-- Peer assessment (Moodle's Workshop): after the submission deadline each submission goes to N
-- peers, who assess it with the assignment's rubric until a second deadline. One row of settings
-- per assignment; its state moves WAITING -> ALLOCATED exactly once, in the allocation's transaction.
CREATE TABLE peer_settings (
    item_id          BIGINT       NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT FALSE,
    peers            INT          NOT NULL DEFAULT 3,
    allocation       VARCHAR(16)  NOT NULL DEFAULT 'RANDOM',
    anonymous        BOOLEAN      NOT NULL DEFAULT TRUE,
    assess_until     TIMESTAMP(6) NULL,
    teacher_weight   INT          NOT NULL DEFAULT 50,
    assessing_weight INT          NOT NULL DEFAULT 10,
    seed             BIGINT       NOT NULL DEFAULT 0,
    state            VARCHAR(16)  NOT NULL DEFAULT 'WAITING',
    allocated_at     TIMESTAMP(6) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id),
    CONSTRAINT fk_peer_settings_assignment FOREIGN KEY (item_id) REFERENCES assignment (item_id) ON DELETE CASCADE,
    CONSTRAINT ck_peer_settings_peers CHECK (peers BETWEEN 1 AND 10),
    CONSTRAINT ck_peer_settings_allocation CHECK (allocation IN ('RANDOM', 'OTHER_SCHOOL')),
    CONSTRAINT ck_peer_settings_weights CHECK (teacher_weight BETWEEN 0 AND 100 AND assessing_weight BETWEEN 0 AND 100),
    CONSTRAINT ck_peer_settings_state CHECK (state IN ('WAITING', 'ALLOCATED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_peer_settings_waiting ON peer_settings (enabled, state);

-- One assessment of one submission by one person: a peer allocated to it, or the teacher (role
-- TEACHER, kept apart from the peers' median). A teacher may override the points, with a reason.
CREATE TABLE peer_assessment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    item_id         BIGINT        NOT NULL,
    submission_id   BIGINT        NOT NULL,
    assessor_id     BIGINT        NOT NULL,
    role            VARCHAR(16)   NOT NULL DEFAULT 'PEER',
    same_school     BOOLEAN       NOT NULL DEFAULT FALSE,
    points          INT           NULL,
    comment         TEXT          NULL,
    assessed_at     TIMESTAMP(6)  NULL,
    override_points INT           NULL,
    override_reason VARCHAR(1000) NULL,
    overridden_by   BIGINT        NULL,
    overridden_at   TIMESTAMP(6)  NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_peer_assessment UNIQUE (submission_id, assessor_id),
    INDEX ix_peer_assessment_assessor (assessor_id, item_id),
    CONSTRAINT fk_peer_assessment_settings FOREIGN KEY (item_id) REFERENCES peer_settings (item_id) ON DELETE CASCADE,
    CONSTRAINT fk_peer_assessment_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_peer_assessment_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_peer_assessment_overrider FOREIGN KEY (overridden_by) REFERENCES app_user (id),
    CONSTRAINT ck_peer_assessment_role CHECK (role IN ('PEER', 'TEACHER')),
    CONSTRAINT ck_peer_assessment_points CHECK ((points IS NULL OR points >= 0) AND (override_points IS NULL OR override_points >= 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- The rubric levels an assessor chose, copied from the rubric as it was (as submission_score does).
CREATE TABLE peer_assessment_score (
    assessment_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    criterion     VARCHAR(255) NOT NULL,
    level         VARCHAR(255) NOT NULL,
    points        INT          NOT NULL,
    max_points    INT          NOT NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_peer_assessment_score FOREIGN KEY (assessment_id) REFERENCES peer_assessment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
