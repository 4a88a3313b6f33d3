-- LTI Advantage services (issue 23): what a tool's registration allows it to learn of people, the
-- line items tools create (AGS 2.0), the scores they post (kept so that results can be read back),
-- and the custom parameters a deep linking answer put on an item.

-- NONE: only the opaque id; NAME: the display name (what launches sent before); NAME_EMAIL: name and
-- email. The same rule decides launches and rosters (PersonalData).
ALTER TABLE lti_tool ADD COLUMN shares VARCHAR(16) NOT NULL DEFAULT 'NAME';
ALTER TABLE lti_tool ADD CONSTRAINT ck_lti_tool_shares CHECK (shares IN ('NONE', 'NAME', 'NAME_EMAIL'));
-- Names and Role Provisioning: a tool reads a course's roster only when an admin allowed it.
ALTER TABLE lti_tool ADD COLUMN roster BOOLEAN NOT NULL DEFAULT FALSE;

-- A line item: an LTI item's own (item_id set, made on first use) or one its tool created in a course.
CREATE TABLE lti_line_item (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    tool_id          BIGINT        NOT NULL,
    course_id        BIGINT        NOT NULL,
    item_id          BIGINT        NULL,
    resource_link_id BIGINT        NULL,
    label            VARCHAR(255)  NOT NULL,
    score_maximum    DOUBLE        NOT NULL,
    tag              VARCHAR(255)  NULL,
    resource_id      VARCHAR(255)  NULL,
    created          TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_lti_line_item_item UNIQUE (item_id),
    CONSTRAINT fk_lti_line_item_tool FOREIGN KEY (tool_id) REFERENCES lti_tool (id) ON DELETE CASCADE,
    CONSTRAINT fk_lti_line_item_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_lti_line_item_item FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_lti_line_item_course_tool ON lti_line_item (course_id, tool_id);

-- A learner's latest score on a line item, as the tool posted it.
CREATE TABLE lti_score (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    line_item_id      BIGINT        NOT NULL,
    user_id           BIGINT        NOT NULL,
    score_given       DOUBLE        NULL,
    score_maximum     DOUBLE        NULL,
    comment           VARCHAR(4000) NULL,
    activity_progress VARCHAR(32)   NULL,
    grading_progress  VARCHAR(32)   NULL,
    updated           TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_lti_score_line_item_user UNIQUE (line_item_id, user_id),
    CONSTRAINT fk_lti_score_line_item FOREIGN KEY (line_item_id) REFERENCES lti_line_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_lti_score_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Deep linking: the custom parameters (a JSON object) a chosen ltiResourceLink came with, kept for the
-- item and the address it came with, so a version keeps launching with its own until the next is published.
CREATE TABLE lti_link (
    item_id     BIGINT      NOT NULL,
    url_sha256  CHAR(64)    NOT NULL,
    custom      TEXT        NOT NULL,
    PRIMARY KEY (item_id, url_sha256),
    CONSTRAINT fk_lti_link_item FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
