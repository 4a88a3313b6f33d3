-- What inspecting an upload found: the kind of item it is for (which decides the allowed types),
-- the type detected from its bytes, why it was refused, and the text extracted for search.

ALTER TABLE upload
    ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'FILE',
    ADD COLUMN detected_type VARCHAR(255) NULL,
    ADD COLUMN rejection_reason TEXT NULL,
    DROP CONSTRAINT ck_upload_state,
    ADD CONSTRAINT ck_upload_state_inspected
        CHECK (state IS NULL OR state IN ('QUEUED', 'PROCESSING', 'READY', 'REJECTED')),
    ADD CONSTRAINT ck_upload_kind CHECK (kind IN ('FILE', 'VIDEO', 'PACKAGE', 'IMAGE'));

-- One row per accepted asset (the same bytes give the same text). FULLTEXT for search.
CREATE TABLE asset_text (
    sha256       CHAR(64)     NOT NULL,
    media_type   VARCHAR(255) NOT NULL,
    text         MEDIUMTEXT   NOT NULL,
    truncated    BOOLEAN      NOT NULL,
    metadata     TEXT         NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (sha256),
    CONSTRAINT fk_asset_text_asset FOREIGN KEY (sha256) REFERENCES asset (sha256),
    FULLTEXT INDEX ft_asset_text (text)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;
