-- Sign-in: local passwords, institutions' identity providers, people linked to them, the roles
-- people hold and where, failed sign-ins (per account and per client address), and one-time
-- password reset links.

CREATE TABLE local_credential (
    user_id              BIGINT       NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    password_changed_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_local_credential_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- One row per account (key = lower-cased email) and per client address that failed recently.
CREATE TABLE login_throttle (
    scope            VARCHAR(16)  NOT NULL,
    throttle_key     VARCHAR(254) NOT NULL,
    failures         INT          NOT NULL DEFAULT 0,
    last_failure_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    blocked_until    TIMESTAMP(6) NULL,
    PRIMARY KEY (scope, throttle_key),
    CONSTRAINT ck_login_throttle_scope CHECK (scope IN ('ACCOUNT', 'ADDRESS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE identity_provider (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    code            VARCHAR(64)   NOT NULL,
    institution_id  BIGINT        NOT NULL,
    display_name    VARCHAR(200)  NOT NULL,
    issuer          VARCHAR(512)  NOT NULL,
    client_id       VARCHAR(255)  NOT NULL,
    client_secret   VARCHAR(512)  NULL,
    roles_claim     VARCHAR(255)  NOT NULL DEFAULT 'realm_access/roles',
    groups_claim    VARCHAR(255)  NOT NULL DEFAULT 'groups',
    role_mapping    TEXT          NOT NULL,
    enabled         BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_identity_provider_code UNIQUE (code),
    CONSTRAINT uq_identity_provider_issuer UNIQUE (issuer),
    CONSTRAINT fk_identity_provider_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- A person as known to an identity provider. Linked by (issuer, subject), never by email.
CREATE TABLE external_identity (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    user_id        BIGINT       NOT NULL,
    issuer         VARCHAR(512) NOT NULL,
    subject        VARCHAR(255) NOT NULL,
    first_login_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_external_identity UNIQUE (issuer, subject),
    CONSTRAINT fk_external_identity_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Roles held locally (site admin, institution admin, coordinator, author, grader), each in a scope:
-- the whole site, one institution or one course. Roles from an identity provider are not stored:
-- they come from the token at every sign-in.
CREATE TABLE role_grant (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    role        VARCHAR(32)  NOT NULL,
    scope_type  VARCHAR(16)  NOT NULL,
    scope_id    BIGINT       NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_role_grant UNIQUE (user_id, role, scope_type, scope_id),
    CONSTRAINT fk_role_grant_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_role_grant_role CHECK (role IN ('ADMIN', 'INSTITUTION_ADMIN', 'COORDINATOR', 'AUTHOR', 'GRADER')),
    CONSTRAINT ck_role_grant_scope CHECK (scope_type IN ('SITE', 'INSTITUTION', 'COURSE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_role_grant_scope ON role_grant (scope_type, scope_id, role);

CREATE TABLE password_reset (
    token_hash   CHAR(64)     NOT NULL,
    user_id      BIGINT       NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at   TIMESTAMP(6) NOT NULL,
    used_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_password_reset_creator FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
