-- Institutions (schools and universities) and the people who use Surgalt.
-- Every table states its character set and collation so that an external server with other
-- defaults still sorts and compares Mongolian Cyrillic correctly (Ө after О, Ү after У).

CREATE TABLE institution (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    aimag       VARCHAR(100) NOT NULL,
    soum        VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_institution_code UNIQUE (code),
    CONSTRAINT ck_institution_kind CHECK (kind IN ('SCHOOL', 'UNIVERSITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_institution_place ON institution (aimag, soum);

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    locale          VARCHAR(8)   NOT NULL,
    institution_id  BIGINT       NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    -- The collation is case-insensitive, so this also refuses the same address in other case.
    CONSTRAINT uq_app_user_email UNIQUE (email),
    CONSTRAINT fk_app_user_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_app_user_locale CHECK (locale IN ('en', 'mn'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX ix_app_user_display_name ON app_user (display_name);
