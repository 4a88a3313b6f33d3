-- School nodes (issue 24): a Surgalt instance in a school that works offline and syncs with this
-- national one. A site admin registers it for one institution; the node enrols once with a one-time
-- code (only its SHA-256 is kept) and its own EC P-256 public key, and from then on signs every
-- request (node/NodeAuthenticator, deploy/NODE-PROTOCOL.md). Its heartbeat's backlog is kept here for
-- the admins' dashboard.
CREATE TABLE school_node (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    name                 VARCHAR(200)  NOT NULL,
    institution_id       BIGINT        NOT NULL,
    -- The enrolment code's hash until it is used (then NULL); a code is refused after code_expires.
    code_sha256          CHAR(64)      NULL,
    code_expires         TIMESTAMP(6)  NOT NULL,
    public_jwk           TEXT          NULL,
    enrolled_at          TIMESTAMP(6)  NULL,
    revoked_at           TIMESTAMP(6)  NULL,
    created_at           TIMESTAMP(6)  NOT NULL,
    last_contact         TIMESTAMP(6)  NULL,
    queued_records       BIGINT        NULL,
    queued_files         BIGINT        NULL,
    queued_bytes         BIGINT        NULL,
    link_bits_per_second BIGINT        NULL,
    last_up_sync         TIMESTAMP(6)  NULL,
    last_down_sync       TIMESTAMP(6)  NULL,
    next_sync            TIMESTAMP(6)  NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_school_node_code UNIQUE (code_sha256),
    CONSTRAINT fk_school_node_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A signed request's jti, kept until the token expires: the same jti again is a replay. In the
-- database so that every instance refuses it.
CREATE TABLE school_node_jti (
    node_id  BIGINT        NOT NULL,
    jti      VARCHAR(128)  COLLATE utf8mb4_bin NOT NULL,
    expires  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (node_id, jti),
    CONSTRAINT fk_school_node_jti_node FOREIGN KEY (node_id) REFERENCES school_node (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_school_node_jti_expires ON school_node_jti (node_id, expires);
