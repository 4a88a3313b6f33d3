-- Issue 6: a certificate issued when a learner completes a course. What it states is frozen at
-- issue (name, title, hours) so the PDF and the public /verify/{code} page never change under
-- it; a coordinator may revoke it (the verification page then says so).
CREATE TABLE certificate (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    -- Unguessable: 128 random bits, base32 without padding.
    code            VARCHAR(32)  NOT NULL,
    user_id         BIGINT       NOT NULL,
    course_id       BIGINT       NOT NULL,
    course_version  INT          NOT NULL,
    learner_name    VARCHAR(200) NOT NULL,
    course_title_en VARCHAR(255) NULL,
    course_title_mn VARCHAR(255) NULL,
    online_hours    DECIMAL(6,1) NOT NULL DEFAULT 0,
    f2f_hours       DECIMAL(6,1) NOT NULL DEFAULT 0,
    completed_at    TIMESTAMP(6) NOT NULL,
    issued_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    revoked_at      TIMESTAMP(6) NULL,
    revoked_by      BIGINT       NULL,
    revoke_reason   VARCHAR(500) NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate_learner UNIQUE (user_id, course_id),
    CONSTRAINT fk_certificate_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_certificate_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_certificate_revoker FOREIGN KEY (revoked_by) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
