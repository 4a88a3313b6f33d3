-- LTI 1.3 platform (issue 23): registered tools, the platform's rotating signing keys (kept here so
-- every instance signs with and publishes the same ones), and the short-lived, single-use launches
-- (OIDC third-party-initiated login) with the nonces tools have used.
ALTER TABLE item DROP CONSTRAINT ck_item_kind;
ALTER TABLE item ADD CONSTRAINT ck_item_kind
    CHECK (kind IN ('PAGE', 'FILE', 'VIDEO', 'ASSIGNMENT', 'QUIZ', 'SESSION', 'LINK', 'PACKAGE', 'LTI'));

CREATE TABLE lti_tool (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(200)  NOT NULL,
    issuer          VARCHAR(2048) NOT NULL,
    client_id       VARCHAR(255)  NOT NULL,
    deployment_id   VARCHAR(255)  NOT NULL,
    login_url       VARCHAR(2048) NOT NULL,
    redirect_uris   TEXT          NOT NULL,
    jwks_url        VARCHAR(2048) NULL,
    public_key_pem  TEXT          NULL,
    origin          VARCHAR(512)  NOT NULL,
    disabled        BOOLEAN       NOT NULL DEFAULT FALSE,
    created         TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_lti_tool_client UNIQUE (client_id),
    CONSTRAINT ck_lti_tool_key CHECK (jwks_url IS NOT NULL OR public_key_pem IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_lti_tool_origin ON lti_tool (origin);

-- generation: 1, 2, 3, ...; the newest signs, the one before stays published until the next rotation.
CREATE TABLE lti_platform_key (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    generation  INT          NOT NULL,
    kid         VARCHAR(64)  NOT NULL,
    private_jwk TEXT         NOT NULL,
    created     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_lti_platform_key_generation UNIQUE (generation),
    CONSTRAINT uq_lti_platform_key_kid UNIQUE (kid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- One launch: its lti_message_hint, for whom and which item, usable once before it expires.
CREATE TABLE lti_launch (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    hint        VARCHAR(64)  NOT NULL,
    user_id     BIGINT       NOT NULL,
    tool_id     BIGINT       NOT NULL,
    course_id   BIGINT       NOT NULL,
    item_id     BIGINT       NOT NULL,
    expires     TIMESTAMP(6) NOT NULL,
    used        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- LtiResourceLinkRequest (a launch) or LtiDeepLinkingRequest (an author choosing content).
    message_type VARCHAR(32) NOT NULL DEFAULT 'LtiResourceLinkRequest',
    -- A deep linking launch's answer is taken once.
    answered    BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uq_lti_launch_hint UNIQUE (hint),
    CONSTRAINT fk_lti_launch_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_lti_launch_tool FOREIGN KEY (tool_id) REFERENCES lti_tool (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A nonce a tool has sent once: sending it again is a replay, refused.
CREATE TABLE lti_nonce (
    tool_id BIGINT       NOT NULL,
    nonce   VARCHAR(255) NOT NULL,
    used_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (tool_id, nonce),
    CONSTRAINT fk_lti_nonce_tool FOREIGN KEY (tool_id) REFERENCES lti_tool (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_lti_launch_expires ON lti_launch (expires);
CREATE INDEX ix_lti_nonce_used_at ON lti_nonce (used_at);

-- Assignment and Grade Services: a tool's access token (client credentials with a signed
-- assertion), kept as its hash, for one hour.
CREATE TABLE lti_access_token (
    token_sha256 CHAR(64)     NOT NULL,
    tool_id      BIGINT       NOT NULL,
    scopes       VARCHAR(1024) NOT NULL,
    expires      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (token_sha256),
    CONSTRAINT fk_lti_access_token_tool FOREIGN KEY (tool_id) REFERENCES lti_tool (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
