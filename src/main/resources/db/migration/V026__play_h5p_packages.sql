-- H5P packages that play with h5p-standalone on the content origin. Their files are unpacked once
-- per distinct package into the index SCORM packages use (scorm_package_file, content-addressed);
-- this keeps what the player needs from h5p.json. A learner's saved user data (H5P's
-- contentUserData: the state the activity gives back on the next launch) is kept here, one row a
-- learner and item, so that it resumes on any device; xAPI statements go to the LRS instead.

CREATE TABLE h5p_package (
    sha256        CHAR(64)     NOT NULL,
    main_library  VARCHAR(255) NOT NULL,
    -- The parts of h5p.json the player reads (h5p/H5pPackage as JSON).
    structure     MEDIUMTEXT   NOT NULL,
    file_count    INT          NOT NULL,
    bytes         BIGINT       NOT NULL,
    unpacked_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (sha256),
    CONSTRAINT fk_h5p_package_asset FOREIGN KEY (sha256) REFERENCES asset (sha256),
    CONSTRAINT ck_h5p_package_structure CHECK (JSON_VALID(structure))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- counts: false for the course's staff trying it, whose statements never become completion facts.
-- package_sha256: the package the state belongs to; a state saved for another package (the item's
-- file was replaced in a newer version) is not given back to a different activity. seq: the
-- player's save number, so that a replayed or late save never overwrites a newer one.
CREATE TABLE h5p_user_data (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    user_id         BIGINT       NOT NULL,
    course_id       BIGINT       NOT NULL,
    item_id         BIGINT       NOT NULL,
    package_sha256  CHAR(64)     NOT NULL,
    counts          BOOLEAN      NOT NULL,
    state           MEDIUMTEXT   NULL,
    seq             BIGINT       NOT NULL DEFAULT 0,
    fact_recorded   BOOLEAN      NOT NULL DEFAULT FALSE,
    started_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_h5p_user_data UNIQUE (user_id, item_id),
    CONSTRAINT fk_h5p_user_data_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_h5p_user_data_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_h5p_user_data_course ON h5p_user_data (course_id, item_id);
