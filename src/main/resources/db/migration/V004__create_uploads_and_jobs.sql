-- The upload pipeline: content-addressed assets, resumable (tus) uploads whose state is here so
-- that any instance can continue an upload another one began, and the job queue that every
-- instance claims work from.

-- One row per distinct content; the bytes live in the asset store under the SHA-256.
CREATE TABLE asset (
    sha256          CHAR(64)     NOT NULL,
    size            BIGINT       NOT NULL,
    first_filename  VARCHAR(255) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A tus upload. The received bytes are in <asset root>/incoming/<id>.part until it completes.
-- upload_offset, not "offset": OFFSET is a keyword in MariaDB.
CREATE TABLE upload (
    id             CHAR(32)     NOT NULL,
    owner_id       BIGINT       NOT NULL,
    filename       VARCHAR(255) NOT NULL,
    declared_type  VARCHAR(255) NULL,
    length         BIGINT       NOT NULL,
    upload_offset  BIGINT       NOT NULL DEFAULT 0,
    status         VARCHAR(16)  NOT NULL,
    state          VARCHAR(16)  NULL,
    sha256         CHAR(64)     NULL,
    job_id         BIGINT       NULL,
    created_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_upload_owner FOREIGN KEY (owner_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_upload_asset FOREIGN KEY (sha256) REFERENCES asset (sha256),
    CONSTRAINT ck_upload_status CHECK (status IN ('UPLOADING', 'COMPLETE', 'EXPIRED')),
    CONSTRAINT ck_upload_state CHECK (state IS NULL OR state IN ('QUEUED', 'PROCESSING', 'READY')),
    CONSTRAINT ck_upload_offset CHECK (upload_offset BETWEEN 0 AND length)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_upload_idle ON upload (status, updated_at);

-- Background work. Claimed with SELECT ... FOR UPDATE SKIP LOCKED and a lease (locked_until):
-- a job whose instance died is claimed again once its lease has run out.
CREATE TABLE job (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(64)  NOT NULL,
    payload       TEXT         NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    attempts      INT          NOT NULL DEFAULT 0,
    max_attempts  INT          NOT NULL,
    run_after     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    locked_by     VARCHAR(128) NULL,
    locked_until  TIMESTAMP(6) NULL,
    last_error    TEXT         NULL,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT ck_job_state CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_job_due ON job (state, run_after);
CREATE INDEX ix_job_lease ON job (state, locked_until);
