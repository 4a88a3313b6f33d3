-- A file, video or package item carries an uploaded asset: its content (by SHA-256), the name
-- it was uploaded under (for the download) and the type inspection detected.
ALTER TABLE item
    ADD COLUMN asset_sha256 CHAR(64) NULL,
    ADD COLUMN asset_filename VARCHAR(255) NULL,
    ADD COLUMN asset_type VARCHAR(255) NULL,
    ADD CONSTRAINT fk_item_asset FOREIGN KEY (asset_sha256) REFERENCES asset (sha256);
