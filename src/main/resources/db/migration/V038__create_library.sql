-- Issue 22, the shared library (library/): teaching resources any signed-in teacher publishes for
-- every institution. A resource is a Markdown body or one inspected file (an asset, as items hold
-- them; content/AssetRepository.REFERENCES counts this column so the collector keeps it). grades
-- holds the grade levels as ",1,5,12," so one LIKE finds a grade. hidden_reason set: hidden by a
-- curator, seen only by its author and the curators. Erasure keeps a resource (others may have
-- copied it under its licence) and its ratings; comments lose their text (admin/rights).
CREATE TABLE library_resource (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    author_id      BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    body           MEDIUMTEXT    NULL,
    upload_id      VARCHAR(32)   NULL,
    asset_sha256   CHAR(64)      NULL,
    asset_filename VARCHAR(255)  NULL,
    asset_type     VARCHAR(255)  NULL,
    rejection      VARCHAR(1000) NULL,
    licence        VARCHAR(24)   NOT NULL,
    subject        VARCHAR(24)   NOT NULL,
    grades         VARCHAR(64)   NOT NULL,
    language       CHAR(2)       NOT NULL,
    aimag          VARCHAR(100)  NULL,
    featured       BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden_reason  VARCHAR(500)  NULL,
    created_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_library_resource_list (featured, created_at),
    KEY ix_library_resource_author (author_id),
    FULLTEXT INDEX ft_library_resource_text (title, description, body),
    CONSTRAINT fk_library_resource_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    CONSTRAINT fk_library_resource_asset FOREIGN KEY (asset_sha256) REFERENCES asset (sha256),
    CONSTRAINT ck_library_resource_content CHECK ((body IS NULL) <> (upload_id IS NULL AND asset_sha256 IS NULL)),
    CONSTRAINT ck_library_resource_kind CHECK (kind IN ('LESSON_PLAN', 'WORKSHEET', 'SLIDE_DECK', 'PAGE')),
    CONSTRAINT ck_library_resource_licence CHECK (licence IN ('CC_BY', 'CC_BY_SA', 'ALL_RIGHTS_RESERVED')),
    CONSTRAINT ck_library_resource_language CHECK (language IN ('mn', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- One rating per person and resource (1 to 5), changed in place.
CREATE TABLE library_rating (
    resource_id BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    stars       TINYINT      NOT NULL,
    rated_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (resource_id, user_id),
    KEY ix_library_rating_user (user_id),
    CONSTRAINT fk_library_rating_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id) ON DELETE CASCADE,
    CONSTRAINT fk_library_rating_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_library_rating_stars CHECK (stars BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE library_comment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    resource_id BIGINT       NOT NULL,
    author_id   BIGINT       NOT NULL,
    body        TEXT         NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_library_comment_resource (resource_id, created_at),
    CONSTRAINT fk_library_comment_resource FOREIGN KEY (resource_id) REFERENCES library_resource (id) ON DELETE CASCADE,
    CONSTRAINT fk_library_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
