-- Issue 21: institutions are run from pages, not SQL. A ministry is an institution too; an
-- institution is retired (kept for records and reports, not offered for new people or cohorts)
-- rather than deleted, and one merged into another keeps a pointer to the one that took its people.
ALTER TABLE institution DROP CONSTRAINT ck_institution_kind;
ALTER TABLE institution
    ADD CONSTRAINT ck_institution_kind CHECK (kind IN ('SCHOOL', 'UNIVERSITY', 'MINISTRY')),
    ADD COLUMN retired_at   TIMESTAMP(6) NULL,
    ADD COLUMN merged_into  BIGINT       NULL,
    ADD CONSTRAINT fk_institution_merged_into FOREIGN KEY (merged_into) REFERENCES institution (id);

CREATE INDEX ix_institution_name ON institution (name);

-- Soums (and districts) an admin adds beyond the aimags, capital districts and Khovd soums that ship
-- with Surgalt (places/mongolia-admin-units.csv). aimag is the Mongolian name of the aimag (or of the
-- capital), as institution.aimag stores it; the collation makes "Буянт" and "буянт" one soum.
CREATE TABLE place (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    aimag       VARCHAR(100) NOT NULL,
    name_mn     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NULL,
    created_by  BIGINT       NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_place UNIQUE (aimag, name_mn)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- First start without demo data: each start with no site admin issues a one-time setup link; only the
-- token's SHA-256 is stored. site_setup has at most one row (id 1): whichever instance or browser
-- creates the first admin inserts it, so a second link used at the same moment fails on the key
-- (no foreign key on admin_id: erasing that person later must not be blocked by this record).
CREATE TABLE setup_link (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at  TIMESTAMP(6) NOT NULL,
    used_at     TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_setup_link_token UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE TABLE site_setup (
    id           TINYINT      NOT NULL,
    admin_id     BIGINT       NOT NULL,
    completed_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT ck_site_setup_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
