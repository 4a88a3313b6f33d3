-- Sessions that can be ended on every instance at once (issue 16): signing out, a password
-- change or reset, disabling a person, "sign out everywhere".
--
-- A session cookie (the local form's, or an institution provider's) carries a random token; only
-- its SHA-256 is stored. A request whose token has no row is signed out. Local sessions name the
-- person; sessions from a provider name the provider's (issuer, subject), which external_identity
-- links to the person (who does not exist yet when the first session is made). Times are UTC.
CREATE TABLE sign_in_session (
    token_hash    CHAR(64)      NOT NULL,
    user_id       BIGINT        NULL,
    issuer        VARCHAR(512)  NULL,
    subject       VARCHAR(255)  NULL,
    created_at    TIMESTAMP(6)  NOT NULL,
    last_seen_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_sign_in_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_sign_in_session_owner CHECK (user_id IS NOT NULL OR (issuer IS NOT NULL AND subject IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_sign_in_session_user ON sign_in_session (user_id);
CREATE INDEX ix_sign_in_session_external ON sign_in_session (issuer, subject);

-- A disabled person cannot sign in, and their sessions are ended when they are disabled.
ALTER TABLE app_user ADD COLUMN disabled_at TIMESTAMP(6) NULL;

-- Who did what to whose account: resets asked for, hand-over links made, sessions ended, people
-- disabled or enabled. Kept when the actor or the person is deleted (ids, not foreign keys).
CREATE TABLE audit_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    actor_id        BIGINT        NULL,
    action          VARCHAR(64)   NOT NULL,
    target_user_id  BIGINT        NULL,
    detail          VARCHAR(1000) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_audit_event_target ON audit_event (target_user_id, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_id, occurred_at);
