-- A school node's own identity (issue 24, node/client): the one row written when the node enrols with
-- the national server, and what it last heard from it. The private key is the node's credential: it is
-- never shown and never leaves this database (deploy/NODE-PROTOCOL.md). Empty on the national server.
CREATE TABLE node_identity (
    id                   BIGINT        NOT NULL,
    national_url         VARCHAR(500)  NOT NULL,
    node_id              VARCHAR(64)   NOT NULL,
    issuer               VARCHAR(500)  NOT NULL,
    institution_code     VARCHAR(200)  NOT NULL,
    institution_name     VARCHAR(500)  NOT NULL,
    private_jwk          TEXT          NOT NULL,
    enrolled_at          TIMESTAMP(6)  NOT NULL,
    -- The last call to the national server (heartbeat), whatever came of it; outcome: ok, refused
    -- (401: revoked or not trusted), failed (another answer) or unreachable.
    last_attempt_at      TIMESTAMP(6)  NULL,
    last_outcome         VARCHAR(20)   NULL,
    last_detail          VARCHAR(500)  NULL,
    -- The last call that the national server answered with success.
    last_contact_at      TIMESTAMP(6)  NULL,
    -- Bytes on the wire of the last answered call over its time, in bits per second.
    link_bits_per_second BIGINT        NULL,
    -- What the national server last said this node may hold (GET /api/node/scope), at most daily.
    scope_people         INT           NULL,
    scope_cohorts        INT           NULL,
    scope_checked_at     TIMESTAMP(6)  NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- One row: a node enrols once.
    CONSTRAINT ck_node_identity_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
